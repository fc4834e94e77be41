"""Article texts of the three template families added in session 8 (issue 10: a Next.js
portal with hashed class names, a Hugo static site, a Blogger blog; Vietnamese, NFC).

Same shape as ``texts2``: (key, title, lead, paragraphs), appended to ``TEXTS`` by
``tests.families.texts`` and found by key; each is used once, by the family its prefix names
(``nx-`` fx-nextjs, ``hg-`` fx-hugo, ``bs-`` fx-blogspot). Written by hand before any
extraction ran on those families. Names of people, places and figures are invented; the
district of Tân Khê, the province of Hòa Lĩnh and the commune of Phúc Khê do not exist.
"""

from __future__ import annotations

TEXTS6: list[tuple[str, str, str, list[str]]] = [
    # fx-nextjs: Cổng thông tin điện tử huyện Tân Khê
    ("nx-duong-giao-thong-nong-thon", "Tân Khê khởi công ba tuyến đường giao thông nông thôn", (
        "Sáng 14/3, Ủy ban nhân dân huyện Tân Khê khởi công ba tuyến đường giao thông nông thôn "
        "tại các xã Khê Thượng, Khê Hạ và Bình Minh với tổng chiều dài gần chín ki-lô-mét."
    ), [
        "Các tuyến đường có mặt cắt rộng năm mét, kết cấu bê tông xi măng, được đầu tư từ nguồn "
        "vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và vốn đối ứng của huyện.",
        "Người dân ba xã đã tự nguyện hiến hơn bốn nghìn mét vuông đất và tháo dỡ tường rào để "
        "mở rộng mặt đường, góp phần rút ngắn thời gian giải phóng mặt bằng.",
        "Theo kế hoạch, các công trình sẽ hoàn thành trước mùa mưa bão năm nay, giúp việc đi lại "
        "và vận chuyển nông sản của gần ba nghìn hộ dân thuận lợi hơn.",
    ]),
    ("nx-hoi-thi-van-nghe", "Sôi nổi hội thi văn nghệ quần chúng các thôn, bản", (
        "Trong hai ngày 11 và 12/3, Trung tâm Văn hóa, Thông tin và Thể thao huyện Tân Khê tổ "
        "chức hội thi văn nghệ quần chúng với sự tham gia của mười sáu đội đến từ các thôn, bản."
    ), [
        "Các tiết mục tập trung ca ngợi quê hương, đất nước và những đổi thay của vùng nông thôn "
        "mới, trong đó nhiều làn điệu dân ca của đồng bào Tày, Dao được dàn dựng công phu.",
        "Ban tổ chức trao giải nhất cho đội thôn Nà Khê, giải nhì cho đội bản Phiêng Lằn và hai "
        "giải ba cho các đội thôn Đồng Tâm, thôn Khe Mát.",
    ]),
    ("nx-tiem-chung-mo-rong", "Đẩy mạnh tiêm chủng mở rộng cho trẻ em vùng cao", (
        "Trung tâm Y tế huyện Tân Khê vừa triển khai đợt tiêm chủng bổ sung cho trẻ em dưới năm "
        "tuổi tại sáu xã vùng cao, nơi tỷ lệ tiêm đủ mũi còn thấp hơn mức trung bình của tỉnh."
    ), [
        "Các tổ tiêm chủng lưu động mang vắc xin đến tận nhà văn hóa thôn, kết hợp khám sàng "
        "lọc và tư vấn dinh dưỡng cho các bà mẹ đang nuôi con nhỏ.",
        "Sau một tuần, hơn bảy trăm trẻ đã được tiêm bù các mũi còn thiếu, nâng tỷ lệ tiêm chủng "
        "đầy đủ của huyện lên chín mươi sáu phần trăm.",
        "Trung tâm Y tế đề nghị các trạm y tế xã tiếp tục rà soát danh sách trẻ trong độ tuổi "
        "và nhắc lịch tiêm qua loa truyền thanh của thôn.",
    ]),
    ("nx-chuyen-doi-cay-trong", "Nông dân Khê Hạ chuyển đổi đất lúa kém hiệu quả sang trồng rau", (
        "Vụ xuân năm nay, nông dân xã Khê Hạ chuyển đổi hơn hai mươi héc-ta đất lúa kém hiệu quả "
        "sang trồng rau an toàn theo hướng liên kết với hợp tác xã tiêu thụ."
    ), [
        "Hợp tác xã Rau sạch Khê Hạ cung ứng giống, hướng dẫn quy trình canh tác và cam kết thu "
        "mua toàn bộ sản phẩm với giá ổn định trong suốt vụ.",
        "Nhiều hộ cho biết thu nhập từ rau cao gấp ba lần trồng lúa trên cùng diện tích, trong "
        "khi công chăm sóc được chia đều cho các thành viên trong gia đình.",
    ]),
    ("nx-lich-tiep-dan-quy-2", "Thông báo lịch tiếp công dân định kỳ của lãnh đạo huyện quý II", (
        "Ủy ban nhân dân huyện Tân Khê thông báo lịch tiếp công dân định kỳ của Chủ tịch và các "
        "Phó Chủ tịch Ủy ban nhân dân huyện trong quý II năm 2024."
    ), [
        "Chủ tịch Ủy ban nhân dân huyện tiếp công dân vào ngày mười lăm hằng tháng tại Trụ sở "
        "tiếp công dân huyện; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.",
        "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị mang theo giấy tờ tùy thân và các "
        "tài liệu liên quan để việc tiếp nhận, xử lý được nhanh chóng.",
    ]),
    # fx-hugo: Trung tâm Chuyển đổi số tỉnh Hòa Lĩnh
    ("hg-nen-tang-du-lieu", "Vận hành nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh", (
        "Trung tâm Chuyển đổi số tỉnh Hòa Lĩnh đã đưa nền tảng tích hợp, chia sẻ dữ liệu cấp "
        "tỉnh vào vận hành chính thức, kết nối hai mươi tám hệ thống thông tin của các sở, ngành."
    ), [
        "Nền tảng cho phép các cơ quan trao đổi dữ liệu hộ tịch, đất đai và đăng ký kinh doanh "
        "theo thời gian thực, thay cho việc gửi văn bản giấy hoặc tệp tin qua thư điện tử.",
        "Trong tháng đầu tiên, hệ thống ghi nhận hơn một trăm hai mươi nghìn lượt truy vấn, "
        "giúp giảm đáng kể thời gian giải quyết thủ tục hành chính liên thông.",
        "Trung tâm đang phối hợp với Công an tỉnh để kết nối thêm cơ sở dữ liệu quốc gia về dân "
        "cư trong quý II.",
    ]),
    ("hg-ky-nang-so", "Bồi dưỡng kỹ năng số cho tổ công nghệ số cộng đồng", (
        "Hơn ba trăm thành viên tổ công nghệ số cộng đồng của các xã, phường tỉnh Hòa Lĩnh đã "
        "tham gia lớp bồi dưỡng kỹ năng số do Trung tâm Chuyển đổi số tổ chức."
    ), [
        "Học viên được hướng dẫn cài đặt ứng dụng định danh điện tử, nộp hồ sơ dịch vụ công "
        "trực tuyến và nhận diện các hình thức lừa đảo trên không gian mạng.",
        "Sau lớp học, mỗi tổ sẽ tổ chức các buổi hướng dẫn tại nhà văn hóa thôn, tổ dân phố để "
        "lan tỏa kỹ năng đến từng hộ gia đình.",
    ]),
    ("hg-an-toan-thong-tin", "Diễn tập ứng cứu sự cố an toàn thông tin mạng năm 2024", (
        "Trung tâm Chuyển đổi số chủ trì buổi diễn tập ứng cứu sự cố an toàn thông tin mạng với "
        "tình huống giả định hệ thống một cửa điện tử của tỉnh bị tấn công mã độc tống tiền."
    ), [
        "Các đội ứng cứu của sở, ngành đã phối hợp phát hiện, cô lập máy chủ bị nhiễm mã độc và "
        "khôi phục dữ liệu từ bản sao lưu trong vòng bốn giờ.",
        "Qua diễn tập, ban tổ chức chỉ ra một số điểm yếu trong quy trình sao lưu định kỳ và đề "
        "nghị các đơn vị khắc phục trước ngày 30 tháng 6.",
        "Buổi diễn tập có sự hướng dẫn chuyên môn của Trung tâm Giám sát an toàn không gian mạng "
        "quốc gia.",
    ]),
    ("hg-wifi-cong-cong", "Mở rộng mạng wifi công cộng miễn phí tại các điểm du lịch", (
        "Tỉnh Hòa Lĩnh sẽ lắp đặt thêm bốn mươi điểm phát wifi công cộng miễn phí tại các khu, "
        "điểm du lịch và bến xe trong năm nay, theo kế hoạch vừa được phê duyệt."
    ), [
        "Du khách truy cập mạng qua một trang giới thiệu điểm đến, trên đó có bản đồ số, lịch "
        "lễ hội và đường dây nóng hỗ trợ của ngành du lịch.",
        "Dữ liệu lượt truy cập được tổng hợp ẩn danh để các cơ quan quản lý nắm bắt lưu lượng "
        "khách và điều chỉnh dịch vụ phù hợp.",
    ]),
    ("hg-chu-ky-so", "Cấp chữ ký số cá nhân miễn phí cho người dân", (
        "Từ tháng 3, người dân tỉnh Hòa Lĩnh có thể đăng ký chữ ký số cá nhân miễn phí tại bộ "
        "phận một cửa cấp huyện để ký hồ sơ dịch vụ công trực tuyến."
    ), [
        "Mỗi người được cấp một chứng thư số có thời hạn ba năm, dùng được trên điện thoại thông "
        "minh mà không cần thiết bị ký riêng.",
        "Trung tâm Chuyển đổi số cho biết đã có hơn năm nghìn lượt đăng ký sau hai tuần triển "
        "khai, nhiều nhất là ở thành phố Hòa Lĩnh và thị xã Sông Cầu.",
        "Người dân cần mang căn cước công dân gắn chíp và số điện thoại chính chủ khi đến đăng "
        "ký.",
    ]),
    # fx-blogspot: Ủy ban nhân dân xã Phúc Khê
    ("bs-ra-quan-lam-dep", "Xã Phúc Khê ra quân làm đẹp cảnh quan đường làng", (
        "Hưởng ứng Tháng Thanh niên, Đoàn xã Phúc Khê phối hợp với các thôn tổ chức ra quân làm "
        "đẹp cảnh quan, trồng hoa dọc các tuyến đường liên thôn."
    ), [
        "Hơn hai trăm đoàn viên, thanh niên và người dân đã phát quang bụi rậm, thu gom rác thải "
        "và trồng gần hai ki-lô-mét hàng rào hoa dâm bụt.",
        "Ban Chấp hành Đoàn xã giao mỗi chi đoàn thôn nhận chăm sóc một đoạn đường hoa, gắn biển "
        "tên công trình thanh niên để theo dõi, duy trì.",
    ]),
    ("bs-tiem-phong-gia-cam", "Tiêm phòng cúm gia cầm đợt một năm 2024", (
        "Ủy ban nhân dân xã Phúc Khê triển khai tiêm phòng vắc xin cúm gia cầm đợt một năm 2024 "
        "cho đàn gà, vịt của các hộ chăn nuôi trên địa bàn."
    ), [
        "Thú y viên xã đến từng thôn tiêm cho hơn mười hai nghìn con gia cầm, đồng thời hướng dẫn "
        "người dân vệ sinh, tiêu độc chuồng trại.",
        "Hộ nào chưa được tiêm đề nghị báo với trưởng thôn trước ngày 20/3 để được tiêm bổ sung.",
        "Ủy ban nhân dân xã đề nghị người dân không mua bán gia cầm không rõ nguồn gốc và báo ngay "
        "khi thấy gia cầm chết bất thường.",
    ]),
    ("bs-hoi-nghi-dien-hinh", "Hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua", (
        "Xã Phúc Khê vừa tổ chức hội nghị biểu dương mười lăm tập thể và ba mươi cá nhân tiêu "
        "biểu trong phong trào thi đua yêu nước giai đoạn 2019-2024."
    ), [
        "Các điển hình được biểu dương đến từ nhiều lĩnh vực, từ sản xuất nông nghiệp, giữ gìn "
        "an ninh trật tự đến công tác khuyến học, khuyến tài ở thôn, xóm.",
        "Dịp này, Ủy ban nhân dân xã tặng giấy khen cho các tập thể, cá nhân và chọn năm gương "
        "tiêu biểu đề nghị huyện khen thưởng.",
    ]),
    ("bs-nop-thue-dat", "Thông báo thu thuế sử dụng đất phi nông nghiệp năm 2024", (
        "Ủy ban nhân dân xã Phúc Khê thông báo đến các hộ gia đình, cá nhân về việc thu thuế sử "
        "dụng đất phi nông nghiệp năm 2024 trên địa bàn xã."
    ), [
        "Thời gian nộp thuế từ ngày 1/3 đến hết ngày 31/5; người nộp có thể nộp tại bộ phận một "
        "cửa xã hoặc qua ứng dụng ngân hàng theo mã số thuế của hộ.",
        "Quá thời hạn trên, người nộp thuế phải nộp thêm tiền chậm nộp theo quy định của Luật "
        "Quản lý thuế.",
    ]),
    ("bs-khai-giang-lop-tin-hoc", "Khai giảng lớp tin học cơ bản cho cán bộ thôn", (
        "Sáng 1/3, xã Phúc Khê khai giảng lớp tin học cơ bản cho hai mươi lăm cán bộ thôn, chi hội "
        "trưởng các đoàn thể nhằm nâng cao kỹ năng sử dụng máy tính trong công việc."
    ), [
        "Trong mười buổi học, học viên được hướng dẫn soạn thảo văn bản, lập bảng tính đơn giản "
        "và gửi nhận văn bản qua hệ thống quản lý văn bản điều hành.",
        "Giảng viên là giáo viên tin học của Trường Trung học cơ sở Phúc Khê, dạy vào các buổi "
        "chiều thứ Bảy và Chủ nhật tại phòng máy của nhà trường.",
    ]),
]
