"""Article texts of the fresh-D families (issue 10, round 16: non-article pages in the article
template and chrome inside the content), written by hand (NFC). Same shape as ``texts2``:
(key, title, lead, paragraphs), appended to ``TEXTS`` by ``tests.families.texts`` and found by
key. The fresh-D families mostly reuse the corpus's texts under their own dates and authors;
these are the articles that look like something else: a photo story of two sentences, an
interview written as questions and answers, an article that is mostly a table, a press
release. Names of people and places are invented.
"""

from __future__ import annotations

TEXTS_FRESHD: list[tuple[str, str, str, list[str]]] = [
    # fx-fd-baiviet: an article whose body is mostly a table (the rows are the paragraphs)
    ("fd-thu-ngan-sach-quy-1", "Thu ngân sách quý I năm 2024 đạt 31,5% dự toán", (
        "Tổng thu ngân sách nhà nước trên địa bàn huyện Long Thạnh quý I năm 2024 đạt 86,4 tỷ "
        "đồng, bằng 31,5% dự toán tỉnh giao và tăng 12% so với cùng kỳ năm trước."
    ), [
        "Thu từ doanh nghiệp ngoài quốc doanh 24,6 tỷ đồng 28,9% dự toán tăng 8,2%",
        "Thu tiền sử dụng đất 38,2 tỷ đồng 36,4% dự toán tăng 19,5%",
        "Lệ phí trước bạ 9,8 tỷ đồng 30,6% dự toán tăng 4,1%",
        "Thuế thu nhập cá nhân 6,1 tỷ đồng 27,7% dự toán tăng 6,9%",
        "Thu khác ngân sách 7,7 tỷ đồng 25,7% dự toán giảm 2,3%",
        "Chi cục Thuế khu vực Long Thạnh - Tân Hòa cho biết sẽ tập trung đôn đốc thu nợ đọng, "
        "rà soát các hộ kinh doanh chưa kê khai và đẩy nhanh tiến độ đấu giá quyền sử dụng đất "
        "để hoàn thành dự toán năm.",
    ]),
    # fx-fd-tinanh: a photo story, two sentences and four captioned photos
    ("fd-tin-anh-mua-hoa-tam-giac-mach", "Tin ảnh: Sắc hoa tam giác mạch nhuộm tím triền đồi Khau Vai", (
        "Những ngày cuối tháng Ba, hoa tam giác mạch nở rộ trên các triền đồi xã Khau Vai, thu "
        "hút đông đảo du khách đến tham quan, chụp ảnh."
    ), [
        "Năm nay, xã trồng hơn mười hai héc-ta hoa tam giác mạch dọc tuyến đường vào trung tâm "
        "xã, phục vụ mùa du lịch xuân.",
    ]),
    # fx-fd-tinanh: an interview written as questions and answers
    ("fd-phong-van-chuyen-doi-so", "Chuyển đổi số cấp xã: bắt đầu từ những việc nhỏ nhất", (
        "Nhân dịp tổng kết một năm triển khai tổ công nghệ số cộng đồng, phóng viên đã có cuộc "
        "trò chuyện với ông Hà Văn Thắng, Chủ tịch Ủy ban nhân dân xã Khau Vai."
    ), [
        "Phóng viên: Thưa ông, sau một năm, tổ công nghệ số cộng đồng của xã đã làm được những "
        "việc gì?",
        "Ông Hà Văn Thắng: Xã có mười hai tổ với gần sáu mươi thành viên, chủ yếu là đoàn viên "
        "thanh niên. Các tổ đã hướng dẫn hơn một nghìn người dân cài đặt ứng dụng định danh điện "
        "tử, nộp hồ sơ trực tuyến và thanh toán không dùng tiền mặt.",
        "Phóng viên: Khó khăn lớn nhất khi đưa dịch vụ số về thôn bản là gì?",
        "Ông Hà Văn Thắng: Nhiều hộ chưa có điện thoại thông minh, sóng di động ở một số thôn "
        "còn yếu. Chúng tôi đề nghị nhà mạng lắp thêm trạm phát sóng và vận động con em đi làm "
        "xa mua điện thoại cho bố mẹ ở nhà.",
        "Phóng viên: Năm nay xã đặt mục tiêu gì?",
        "Ông Hà Văn Thắng: Chúng tôi phấn đấu tám mươi phần trăm hồ sơ thủ tục hành chính được "
        "nộp trực tuyến và mỗi hộ có ít nhất một người biết sử dụng dịch vụ công.",
        "Phóng viên: Xin cảm ơn ông!",
    ]),
    # fx-fd-dvc: a press release, an article
    ("fd-thong-cao-thi-tuyen", "Thông cáo báo chí về kết quả kỳ thi tuyển công chức năm 2024", (
        "Sở Nội vụ tỉnh Bình Lâm thông báo kết quả kỳ thi tuyển công chức hành chính năm 2024 "
        "vào các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và cấp huyện."
    ), [
        "Kỳ thi có 1.126 thí sinh dự thi vòng một trên máy vi tính và 486 thí sinh dự thi vòng "
        "hai môn nghiệp vụ chuyên ngành. Hội đồng thi đã xét tuyển 173 người trúng tuyển vào "
        "173 chỉ tiêu được giao.",
        "Điểm trúng tuyển cao nhất là 92,5 điểm, thuộc về thí sinh dự tuyển vị trí chuyên viên "
        "quản lý đầu tư tại Sở Kế hoạch và Đầu tư. Tỷ lệ thí sinh nữ trúng tuyển chiếm 58%.",
        "Người trúng tuyển hoàn thiện hồ sơ tuyển dụng trong thời hạn ba mươi ngày kể từ ngày "
        "nhận thông báo; cơ quan sử dụng công chức ra quyết định tuyển dụng và bố trí công tác "
        "theo quy định.",
    ]),
]
