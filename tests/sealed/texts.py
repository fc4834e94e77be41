"""Article texts of the sealed corpus, written by hand (Vietnamese, NFC).

Each text is (title, lead, paragraphs). None of them appears in ``tests/families/texts.py``.
A text appears at most once per site; province-wide news is reposted by several sites, as
it is in the field.
"""

from __future__ import annotations

TEXTS: list[tuple[str, str, list[str]]] = [
    (  # 0
        "Trung tâm Phục vụ hành chính công huyện chính thức đi vào hoạt động",
        "Sáng 4/3, Ủy ban nhân dân huyện tổ chức lễ ra mắt Trung tâm Phục vụ hành chính công, "
        "thay thế Bộ phận tiếp nhận và trả kết quả trước đây, với 14 quầy giao dịch được trang bị "
        "máy tính, máy quét tài liệu và hệ thống xếp hàng tự động.",
        [
            "Trung tâm tiếp nhận 286 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện, "
            "trong đó có 112 thủ tục được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình. "
            "Người dân có thể nộp hồ sơ tại quầy hoặc qua Cổng Dịch vụ công quốc gia và theo dõi "
            "tiến độ giải quyết bằng mã hồ sơ.",
            "Theo Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, năm 2023 bộ phận một "
            "cửa đã tiếp nhận hơn 9.800 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,6%. Số hồ sơ trễ "
            "hạn chủ yếu thuộc lĩnh vực đất đai do phải xác minh nguồn gốc sử dụng đất.",
            "Phát biểu tại buổi lễ, Chủ tịch Ủy ban nhân dân huyện yêu cầu công chức làm việc tại "
            "Trung tâm giữ thái độ tận tình, hướng dẫn một lần đầy đủ để người dân không phải đi "
            "lại nhiều lần; các phòng chuyên môn để hồ sơ quá hạn phải có văn bản xin lỗi người dân.",
            "Ngay trong buổi sáng đầu tiên, Trung tâm đã tiếp nhận 37 hồ sơ, chủ yếu là chứng thực "
            "bản sao, đăng ký hộ kinh doanh và cấp đổi giấy chứng nhận quyền sử dụng đất.",
        ],
    ),
    (  # 1
        "Hỗ trợ xóa nhà tạm, nhà dột nát cho 215 hộ nghèo",
        "Năm 2024, huyện đặt mục tiêu hỗ trợ xây mới và sửa chữa nhà ở cho 215 hộ nghèo, hộ cận "
        "nghèo đang ở trong nhà tạm, nhà dột nát, bảo đảm mỗi căn nhà có diện tích tối thiểu 30 "
        "mét vuông và sử dụng được ít nhất 20 năm.",
        [
            "Mức hỗ trợ xây mới là 50 triệu đồng mỗi hộ, sửa chữa là 25 triệu đồng mỗi hộ, lấy từ "
            "nguồn Chương trình mục tiêu quốc gia giảm nghèo bền vững và Quỹ Vì người nghèo của "
            "huyện. Các hộ được vay thêm tối đa 40 triệu đồng từ Ngân hàng Chính sách xã hội với "
            "lãi suất ưu đãi.",
            "Ủy ban Mặt trận Tổ quốc huyện đã vận động các doanh nghiệp, nhà hảo tâm ủng hộ hơn 1,2 "
            "tỷ đồng, đồng thời huy động đoàn viên thanh niên và lực lượng vũ trang giúp ngày công "
            "vận chuyển vật liệu đến những thôn chưa có đường ô tô.",
            "Đến hết tháng 2, đã có 48 căn nhà được khởi công, trong đó 19 căn đã hoàn thành và bàn "
            "giao. Huyện yêu cầu các xã rà soát kỹ đối tượng, công khai danh sách tại nhà văn hóa "
            "thôn để người dân giám sát, không để xảy ra tình trạng hỗ trợ sai đối tượng.",
        ],
    ),
    (  # 2
        "Diễn tập chiến đấu phòng thủ xã Nậm Khánh năm 2024",
        "Trong hai ngày 6 và 7/3, xã Nậm Khánh tổ chức diễn tập chiến đấu phòng thủ năm 2024 dưới "
        "sự chỉ đạo của Ban Chỉ huy Quân sự huyện, với sự tham gia của hơn 150 cán bộ, chiến sĩ "
        "dân quân và lực lượng công an xã.",
        [
            "Cuộc diễn tập gồm hai nội dung chính: chuyển địa phương vào các trạng thái sẵn sàng "
            "chiến đấu và thực hành xử lý tình huống phòng chống thiên tai, tìm kiếm cứu nạn khi xảy "
            "ra lũ quét tại khu dân cư ven suối.",
            "Các tình huống được xây dựng sát với thực tế địa bàn, đòi hỏi cấp ủy, chính quyền xã "
            "phải nắm chắc lực lượng, phương tiện và phương án sơ tán người dân. Lực lượng dân quân "
            "đã thực hành cứu người bị nạn, di chuyển tài sản và dựng lều bạt tạm trú cho các hộ "
            "phải sơ tán.",
            "Kết thúc diễn tập, Ban Chỉ đạo đánh giá xã đạt loại giỏi, đáp ứng mục đích, yêu cầu đề "
            "ra. Qua diễn tập, năng lực lãnh đạo, chỉ đạo và điều hành của cấp ủy, chính quyền cơ "
            "sở được nâng lên, góp phần xây dựng thế trận quốc phòng toàn dân vững chắc.",
        ],
    ),
    (  # 3
        "Hơn 300 thanh niên lên đường nhập ngũ năm 2024",
        "Sáng 27/2, các địa phương trong tỉnh đồng loạt tổ chức lễ giao nhận quân năm 2024. Trong "
        "không khí trang nghiêm, phấn khởi, hơn 300 thanh niên ưu tú đã lên đường thực hiện nghĩa "
        "vụ quân sự và nghĩa vụ tham gia công an nhân dân.",
        [
            "Năm nay, tỷ lệ tân binh có trình độ cao đẳng, đại học chiếm 12%, tỷ lệ đảng viên chiếm "
            "gần 3%, cao hơn năm trước. Nhiều thanh niên đã tình nguyện viết đơn xin nhập ngũ dù "
            "đang có việc làm ổn định tại các khu công nghiệp.",
            "Tại lễ giao nhận quân, lãnh đạo các địa phương đã tặng quà động viên tân binh, mỗi suất "
            "trị giá 2 triệu đồng, đồng thời dặn dò các em giữ gìn phẩm chất, nỗ lực rèn luyện, học "
            "tập để trưởng thành trong môi trường quân đội.",
            "Công tác tuyển chọn và gọi công dân nhập ngũ năm nay được thực hiện công khai, dân chủ, "
            "đúng luật; không có trường hợp nào phải trả về địa phương vì lý do sức khỏe hay lý lịch.",
        ],
    ),
    (  # 4
        "Xã Phong Niên đạt chuẩn nông thôn mới nâng cao",
        "Ủy ban nhân dân tỉnh vừa ban hành quyết định công nhận xã Phong Niên đạt chuẩn nông thôn "
        "mới nâng cao năm 2023, là xã thứ tư của huyện về đích tiêu chí này.",
        [
            "Sau hơn ba năm triển khai, xã đã huy động gần 42 tỷ đồng cho xây dựng nông thôn mới "
            "nâng cao, trong đó nhân dân đóng góp hơn 9 tỷ đồng bằng tiền mặt, ngày công và hiến đất "
            "làm đường. Toàn bộ đường trục thôn đã được bê tông hóa, có đèn chiếu sáng và rãnh "
            "thoát nước.",
            "Thu nhập bình quân đầu người của xã năm 2023 đạt 58 triệu đồng, tỷ lệ hộ nghèo giảm "
            "còn 1,8%. Xã có ba sản phẩm đạt chuẩn OCOP ba sao là miến dong, mật ong rừng và chè "
            "shan tuyết.",
            "Thời gian tới, xã tiếp tục xây dựng các thôn nông thôn mới kiểu mẫu, chú trọng phân "
            "loại rác thải tại nguồn và phát triển du lịch cộng đồng gắn với cảnh quan ruộng bậc "
            "thang.",
        ],
    ),
    (  # 5
        "Đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        "Ủy ban nhân dân huyện vừa có văn bản chỉ đạo các xã, thị trấn và Phòng Tài nguyên và Môi "
        "trường đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, "
        "cá nhân, phấn đấu hoàn thành 1.500 giấy trong năm 2024.",
        [
            "Hiện toàn huyện còn khoảng 2.300 thửa đất ở và đất nông nghiệp chưa được cấp giấy "
            "chứng nhận, tập trung tại các xã vùng cao, nơi nhiều hộ không có giấy tờ về nguồn gốc "
            "đất hoặc đang có tranh chấp ranh giới.",
            "Để tháo gỡ vướng mắc, huyện thành lập các tổ công tác liên ngành xuống từng thôn đo "
            "đạc, xác minh và hướng dẫn người dân kê khai hồ sơ. Những trường hợp đủ điều kiện được "
            "giải quyết ngay trong thời hạn 15 ngày làm việc, không để hồ sơ tồn đọng.",
            "Ủy ban nhân dân huyện cũng yêu cầu Chi nhánh Văn phòng đăng ký đất đai cập nhật kịp "
            "thời biến động vào cơ sở dữ liệu đất đai, bảo đảm đồng bộ với hệ thống thông tin giải "
            "quyết thủ tục hành chính của tỉnh.",
        ],
    ),
    (  # 6
        "Giải ngân vốn đầu tư công quý I đạt 18,5% kế hoạch",
        "Tính đến ngày 31/3, toàn tỉnh đã giải ngân hơn 1.120 tỷ đồng vốn đầu tư công, đạt 18,5% "
        "kế hoạch Thủ tướng Chính phủ giao, cao hơn mức bình quân chung của cả nước.",
        [
            "Trong đó, vốn ngân sách địa phương giải ngân đạt 21,3%, vốn ngân sách trung ương hỗ trợ "
            "có mục tiêu đạt 16,8%, riêng vốn các chương trình mục tiêu quốc gia mới đạt 7,2% do "
            "nhiều dự án đang hoàn thiện thủ tục đầu tư.",
            "Có 14 chủ đầu tư giải ngân trên 25% kế hoạch vốn, nhưng vẫn còn 9 chủ đầu tư chưa giải "
            "ngân được đồng nào. Nguyên nhân chủ yếu là vướng mắc trong giải phóng mặt bằng, giá vật "
            "liệu xây dựng tăng và năng lực của một số nhà thầu còn hạn chế.",
            "Sở Kế hoạch và Đầu tư đề nghị Ủy ban nhân dân tỉnh điều chuyển vốn của các dự án chậm "
            "giải ngân sang dự án có khối lượng hoàn thành, đồng thời gắn trách nhiệm người đứng "
            "đầu với kết quả giải ngân của từng đơn vị.",
            "Mục tiêu của tỉnh là đến hết tháng 9 giải ngân đạt trên 65% và đến ngày 31/1 năm sau "
            "giải ngân đạt 100% kế hoạch vốn được giao.",
        ],
    ),
    (  # 7
        "Đối thoại với doanh nghiệp về thủ tục đầu tư và đất đai",
        "Chiều 14/3, Sở Kế hoạch và Đầu tư phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức hội "
        "nghị đối thoại với hơn 120 doanh nghiệp, hợp tác xã về những khó khăn trong thủ tục đầu "
        "tư, đất đai và xây dựng.",
        [
            "Tại hội nghị, các doanh nghiệp nêu 27 ý kiến, tập trung vào thời gian thẩm định chủ "
            "trương đầu tư kéo dài, việc xác định giá đất cụ thể để tính tiền thuê đất và thủ tục "
            "chuyển mục đích sử dụng đất rừng sản xuất sang đất thương mại, dịch vụ.",
            "Đại diện các sở, ngành đã trả lời trực tiếp 21 ý kiến; 6 ý kiến còn lại liên quan đến "
            "quy định của trung ương sẽ được tổng hợp, báo cáo các bộ, ngành xem xét tháo gỡ.",
            "Giám đốc Sở Kế hoạch và Đầu tư cam kết rút ngắn thời gian giải quyết thủ tục chấp thuận "
            "chủ trương đầu tư từ 35 ngày xuống còn 25 ngày làm việc và công khai tiến độ xử lý hồ "
            "sơ trên Cổng thông tin điện tử của Sở.",
        ],
    ),
    (  # 8
        "Thu ngân sách nhà nước hai tháng đầu năm tăng 14%",
        "Theo báo cáo của Cục Thuế tỉnh, tổng thu ngân sách nhà nước trên địa bàn hai tháng đầu năm "
        "2024 ước đạt 1.036 tỷ đồng, bằng 17% dự toán và tăng 14% so với cùng kỳ năm trước.",
        [
            "Một số khoản thu đạt khá là thu từ doanh nghiệp ngoài quốc doanh, thuế thu nhập cá nhân "
            "và lệ phí trước bạ. Ngược lại, thu tiền sử dụng đất mới đạt 9% dự toán do thị trường "
            "bất động sản còn trầm lắng, nhiều phiên đấu giá quyền sử dụng đất không có người tham gia.",
            "Cục Thuế tỉnh đã đôn đốc thu hồi 87 tỷ đồng nợ thuế, chiếm 31% tổng số nợ có khả năng "
            "thu, đồng thời công khai danh sách 64 doanh nghiệp nợ thuế kéo dài trên các phương tiện "
            "thông tin đại chúng.",
            "Ngành thuế đặt mục tiêu mở rộng hóa đơn điện tử khởi tạo từ máy tính tiền tới các cơ sở "
            "kinh doanh xăng dầu, nhà hàng, siêu thị, góp phần chống thất thu ngân sách.",
        ],
    ),
    (  # 9
        "Triển khai chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
        "Từ ngày 18/3, ngành y tế tỉnh triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella cho "
        "hơn 21.000 trẻ từ 1 đến 5 tuổi chưa tiêm đủ mũi, nhằm chủ động phòng bệnh trước nguy cơ "
        "dịch sởi quay trở lại.",
        [
            "Chiến dịch được tổ chức tại tất cả các trạm y tế xã, phường, thị trấn và các điểm tiêm "
            "lưu động ở những thôn, bản xa trung tâm. Mỗi buổi tiêm chủng bảo đảm không quá 50 trẻ "
            "để thực hiện đầy đủ quy trình khám sàng lọc và theo dõi sau tiêm.",
            "Trung tâm Kiểm soát bệnh tật tỉnh đã tiếp nhận và cấp phát đủ vắc xin, bơm kim tiêm và "
            "hộp an toàn cho các huyện, đồng thời tập huấn cho hơn 400 cán bộ y tế về xử trí phản ứng "
            "sau tiêm.",
            "Ngành y tế khuyến cáo cha mẹ đưa trẻ đi tiêm đúng lịch, mang theo sổ tiêm chủng và thông "
            "báo ngay cho cán bộ y tế nếu trẻ có biểu hiện sốt, phát ban sau khi tiêm.",
        ],
    ),
    (  # 10
        "Tăng cường kiểm tra an toàn thực phẩm mùa lễ hội",
        "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh vừa thành lập 5 đoàn kiểm tra liên ngành, "
        "tập trung vào các cơ sở sản xuất, kinh doanh thực phẩm và dịch vụ ăn uống phục vụ lễ hội "
        "xuân năm 2024.",
        [
            "Các đoàn kiểm tra sẽ lấy mẫu nhanh đối với rượu, bánh kẹo, thịt gia súc, gia cầm và "
            "rau quả tại chợ đầu mối, đồng thời kiểm tra điều kiện vệ sinh của các bếp ăn tập thể "
            "trong khu công nghiệp và trường học.",
            "Trong đợt kiểm tra dịp Tết Nguyên đán vừa qua, các đoàn đã kiểm tra 1.240 cơ sở, phát "
            "hiện 96 cơ sở vi phạm, xử phạt 41 cơ sở với tổng số tiền hơn 180 triệu đồng và tiêu hủy "
            "nhiều lô hàng không rõ nguồn gốc.",
            "Sở Y tế khuyến cáo người dân lựa chọn thực phẩm có nhãn mác, nguồn gốc rõ ràng, không "
            "sử dụng rượu ngâm lá, quả không rõ loại và đến ngay cơ sở y tế gần nhất khi có dấu hiệu "
            "ngộ độc.",
        ],
    ),
    (  # 11
        "Bảo đảm khám chữa bệnh bảo hiểm y tế tại trạm y tế xã",
        "Năm 2024, toàn tỉnh có 148 trạm y tế xã ký hợp đồng khám chữa bệnh bảo hiểm y tế, tăng 9 "
        "trạm so với năm trước, giúp người dân vùng sâu, vùng xa được khám bệnh ngay tại nơi cư "
        "trú mà không phải lên tuyến trên.",
        [
            "Để bảo đảm thuốc phục vụ người bệnh, Sở Y tế đã tổ chức đấu thầu tập trung với danh "
            "mục 512 hoạt chất, trong đó có đủ các nhóm thuốc điều trị tăng huyết áp và đái tháo "
            "đường dùng cho quản lý bệnh mạn tính tại tuyến xã.",
            "Từ đầu năm, các trạm y tế đã quản lý, cấp thuốc định kỳ cho hơn 6.700 người mắc bệnh "
            "không lây nhiễm, tiết kiệm đáng kể chi phí đi lại cho người bệnh và giảm tải cho bệnh "
            "viện tuyến huyện.",
            "Tuy vậy, nhiều trạm y tế còn thiếu bác sĩ, trang thiết bị xét nghiệm cơ bản đã xuống "
            "cấp. Sở Y tế đang đề xuất bố trí kinh phí mua sắm máy xét nghiệm sinh hóa và tăng "
            "cường bác sĩ luân phiên về các xã khó khăn.",
        ],
    ),
    (  # 12
        "Chủ động phòng, chống dịch tả lợn châu Phi",
        "Trước tình hình dịch tả lợn châu Phi xuất hiện trở lại tại một số tỉnh lân cận, Chi cục "
        "Chăn nuôi và Thú y đề nghị các địa phương tăng cường kiểm soát vận chuyển, giết mổ lợn và "
        "giám sát chặt chẽ đàn lợn trên địa bàn.",
        [
            "Hiện tổng đàn lợn của tỉnh có khoảng 410.000 con, phần lớn nuôi nhỏ lẻ trong nông hộ, "
            "điều kiện an toàn sinh học còn hạn chế nên nguy cơ dịch bệnh lây lan là rất lớn.",
            "Các chốt kiểm dịch động vật tại cửa ngõ của tỉnh được duy trì hoạt động 24/24 giờ. Lợn "
            "và sản phẩm từ lợn vận chuyển qua địa bàn phải có giấy chứng nhận kiểm dịch và được "
            "phun khử trùng phương tiện.",
            "Người chăn nuôi khi phát hiện lợn ốm, chết bất thường phải báo ngay cho chính quyền và "
            "cán bộ thú y xã; tuyệt đối không bán chạy lợn bệnh, không vứt xác lợn chết ra môi "
            "trường.",
        ],
    ),
    (  # 13
        "Kỳ họp chuyên đề Hội đồng nhân dân tỉnh thông qua 12 nghị quyết",
        "Sau một ngày làm việc khẩn trương, chiều 12/3, kỳ họp chuyên đề Hội đồng nhân dân tỉnh "
        "khóa XVII đã bế mạc sau khi xem xét, thông qua 12 nghị quyết quan trọng về đầu tư công, "
        "tài chính và tổ chức bộ máy.",
        [
            "Các nghị quyết được thông qua gồm điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn "
            "2021 - 2025, quyết định chủ trương đầu tư 5 dự án giao thông kết nối liên huyện và quy "
            "định mức hỗ trợ đối với người làm công tác y tế thôn, bản.",
            "Kỳ họp cũng thông qua nghị quyết về chính sách hỗ trợ phát triển sản xuất hàng hóa tập "
            "trung đối với cây ăn quả, cây dược liệu giai đoạn 2024 - 2026, với tổng kinh phí dự "
            "kiến 210 tỷ đồng.",
            "Phát biểu bế mạc, Chủ tịch Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh sớm ban "
            "hành kế hoạch triển khai các nghị quyết; các ban của Hội đồng nhân dân tăng cường giám "
            "sát, bảo đảm nghị quyết đi vào cuộc sống.",
        ],
    ),
    (  # 14
        "Chủ động phòng, chống sạt lở đất trước mùa mưa lũ",
        "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh vừa yêu cầu các huyện rà soát "
        "toàn bộ khu dân cư có nguy cơ sạt lở đất, lũ quét, hoàn thành phương án di dời trước ngày "
        "30/4.",
        [
            "Qua khảo sát của các cơ quan chuyên môn, toàn tỉnh có 126 điểm có nguy cơ sạt lở cao, "
            "ảnh hưởng trực tiếp đến khoảng 1.900 hộ dân, tập trung ở các huyện vùng cao có địa hình "
            "dốc và nền đất yếu.",
            "Các địa phương được yêu cầu cắm biển cảnh báo tại những vị trí nguy hiểm, phân công "
            "lực lượng xung kích thường trực khi có mưa lớn và chuẩn bị sẵn lương thực, thuốc men "
            "theo phương châm bốn tại chỗ.",
            "Tỉnh cũng bố trí 85 tỷ đồng từ nguồn dự phòng ngân sách để thực hiện các dự án bố trí "
            "dân cư tập trung, ưu tiên di dời trước những hộ sống sát taluy âm và ven suối.",
        ],
    ),
    (  # 15
        "Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ xuân Giáp Thìn",
        "Sáng 16/2 (tức mùng 7 Tết), tỉnh tổ chức lễ phát động Tết trồng cây đời đời nhớ ơn Bác Hồ "
        "xuân Giáp Thìn năm 2024 tại đồi thông xã Tân Lập với sự tham gia của hơn 700 cán bộ, đoàn "
        "viên và nhân dân.",
        [
            "Ngay sau lễ phát động, các đại biểu đã trồng 3.000 cây keo và cây lát hoa trên diện "
            "tích 2 héc ta đất rừng sản xuất của xã.",
            "Năm 2024, toàn tỉnh phấn đấu trồng mới 5.200 héc ta rừng tập trung và 1,1 triệu cây phân "
            "tán, nâng tỷ lệ che phủ rừng lên 58,5%. Các địa phương được giao chỉ tiêu cụ thể, gắn "
            "với trách nhiệm của người đứng đầu.",
            "Ngành lâm nghiệp đã chuẩn bị đủ cây giống chất lượng cao tại các vườn ươm, đồng thời "
            "hướng dẫn người dân kỹ thuật trồng, chăm sóc để bảo đảm tỷ lệ cây sống đạt trên 90%.",
        ],
    ),
    (  # 16
        "Gặp mặt kỷ niệm 114 năm Ngày Quốc tế Phụ nữ",
        "Nhân kỷ niệm 114 năm Ngày Quốc tế Phụ nữ 8/3, Ban Chấp hành Công đoàn cơ quan tổ chức buổi "
        "gặp mặt, tặng hoa chúc mừng các nữ cán bộ, công chức, viên chức và người lao động.",
        [
            "Tại buổi gặp mặt, lãnh đạo cơ quan ghi nhận những đóng góp của lực lượng nữ trong thực "
            "hiện nhiệm vụ chuyên môn, nhất là trong công tác cải cách hành chính và chuyển đổi số, "
            "nơi nhiều chị em đã chủ động nghiên cứu, đề xuất cách làm mới.",
            "Dịp này, Công đoàn cơ quan đã khen thưởng 9 nữ đoàn viên đạt danh hiệu giỏi việc nước, "
            "đảm việc nhà năm 2023 và trao quà cho 3 nữ đoàn viên có hoàn cảnh khó khăn.",
            "Các nữ đoàn viên bày tỏ cảm ơn sự quan tâm của lãnh đạo cơ quan, đồng thời hứa tiếp tục "
            "phát huy vai trò, hoàn thành tốt nhiệm vụ được giao trong năm 2024.",
        ],
    ),
    (  # 17
        "Lễ hội Gầu Tào thu hút hàng nghìn du khách",
        "Trong hai ngày 24 và 25/2, Lễ hội Gầu Tào của đồng bào Mông xã Pả Vi Hạ được tổ chức với "
        "nhiều hoạt động văn hóa, thể thao đặc sắc, thu hút hàng nghìn người dân và du khách gần "
        "xa.",
        [
            "Gầu Tào là lễ hội truyền thống lớn nhất của người Mông, được tổ chức để cầu phúc, cầu "
            "sức khỏe và mùa màng bội thu. Năm 2022, lễ hội đã được công nhận là Di sản văn hóa phi "
            "vật thể quốc gia.",
            "Phần lễ gồm nghi thức dựng cây nêu, cúng cầu phúc do thầy cúng uy tín trong bản thực "
            "hiện. Phần hội có thi thổi khèn, múa khèn, đẩy gậy, bắn nỏ, ném pao và chợ phiên bán "
            "các sản phẩm thổ cẩm, nông sản địa phương.",
            "Ban Tổ chức cho biết lượng khách năm nay tăng khoảng 30% so với năm trước, nhiều hộ "
            "làm du lịch cộng đồng trong xã kín phòng suốt những ngày diễn ra lễ hội.",
            "Để giữ gìn giá trị của lễ hội, xã đã thành lập câu lạc bộ khèn Mông với 25 thành viên, "
            "mở lớp truyền dạy thổi khèn cho thanh thiếu niên vào các buổi tối cuối tuần.",
        ],
    ),
    (  # 18
        "Tỉnh có 512 học sinh đạt giải kỳ thi chọn học sinh giỏi lớp 12",
        "Sở Giáo dục và Đào tạo vừa công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm "
        "học 2023 - 2024, theo đó có 512 trên tổng số 1.196 thí sinh dự thi đạt giải.",
        [
            "Trong số các thí sinh đạt giải có 38 giải nhất, 97 giải nhì, 164 giải ba và 213 giải "
            "khuyến khích. Trường Trung học phổ thông chuyên của tỉnh dẫn đầu với 46% số giải nhất.",
            "Đáng chú ý, các trường phổ thông dân tộc nội trú có 61 học sinh đạt giải, tăng mạnh so "
            "với năm học trước, cho thấy chất lượng giáo dục vùng khó khăn đã có chuyển biến tích cực.",
            "Trên cơ sở kết quả kỳ thi, Sở sẽ lựa chọn đội tuyển dự kỳ thi chọn học sinh giỏi quốc "
            "gia năm học tới và tổ chức bồi dưỡng tập trung trong dịp hè.",
        ],
    ),
    (  # 19
        "Tai nạn giao thông dịp Tết Nguyên đán giảm trên cả ba tiêu chí",
        "Theo Ban An toàn giao thông tỉnh, trong 9 ngày nghỉ Tết Nguyên đán Giáp Thìn, trên địa bàn "
        "xảy ra 6 vụ tai nạn giao thông, làm chết 3 người và bị thương 5 người, giảm cả ba tiêu chí "
        "so với cùng kỳ năm trước.",
        [
            "Lực lượng cảnh sát giao thông đã lập biên bản 1.420 trường hợp vi phạm, trong đó vi phạm "
            "nồng độ cồn chiếm hơn 60%, tạm giữ 312 phương tiện và tước giấy phép lái xe của 275 "
            "trường hợp.",
            "Việc xử lý nghiêm vi phạm nồng độ cồn đã tạo chuyển biến rõ rệt trong ý thức của người "
            "tham gia giao thông. Nhiều gia đình chủ động đưa đón người thân khi đi chúc Tết, dự "
            "tiệc.",
            "Ban An toàn giao thông tỉnh đề nghị tiếp tục tuần tra, kiểm soát trong mùa lễ hội đầu "
            "năm, nhất là trên các tuyến đường đèo dốc dẫn tới các khu du lịch.",
        ],
    ),
    (  # 20
        "Đào tạo nghề cho hơn 3.000 lao động nông thôn năm 2024",
        "Năm 2024, Sở Lao động - Thương binh và Xã hội đặt mục tiêu đào tạo nghề trình độ sơ cấp và "
        "dưới 3 tháng cho hơn 3.000 lao động nông thôn, trong đó ưu tiên người dân tộc thiểu số, "
        "người khuyết tật và lao động thuộc hộ nghèo.",
        [
            "Các nghề được đào tạo chủ yếu gồm trồng và chăm sóc cây ăn quả, chăn nuôi gia súc, may "
            "công nghiệp, sửa chữa máy nông nghiệp và chế biến món ăn phục vụ du lịch cộng đồng.",
            "Học viên được hỗ trợ học phí, tiền ăn 50.000 đồng mỗi ngày thực học và tiền đi lại theo "
            "quy định. Các lớp học được tổ chức ngay tại thôn, bản để người học vừa học vừa sản xuất.",
            "Năm 2023, tỉnh đã đào tạo nghề cho 2.860 lao động nông thôn, tỷ lệ học viên có việc làm "
            "mới hoặc tiếp tục làm nghề cũ nhưng năng suất, thu nhập cao hơn đạt 82%.",
            "Để nâng cao hiệu quả, Sở yêu cầu các cơ sở giáo dục nghề nghiệp khảo sát nhu cầu thực tế "
            "của người học và doanh nghiệp trước khi mở lớp, tránh đào tạo tràn lan.",
            "Sở cũng phối hợp với các doanh nghiệp trong khu công nghiệp ký kết hợp đồng tuyển dụng "
            "học viên ngay sau khi tốt nghiệp các lớp may công nghiệp và điện dân dụng.",
            "Ngoài ra, các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên cấp huyện được "
            "giao tư vấn, giới thiệu việc làm và kết nối học viên với nguồn vốn vay giải quyết việc "
            "làm của Ngân hàng Chính sách xã hội.",
        ],
    ),
    (  # 21
        "Thông báo tuyển dụng viên chức các đơn vị sự nghiệp trực thuộc Sở năm 2024",
        "Sở Lao động - Thương binh và Xã hội thông báo tuyển dụng 14 chỉ tiêu viên chức làm việc "
        "tại các đơn vị sự nghiệp công lập trực thuộc Sở năm 2024 theo hình thức xét tuyển.",
        [
            "Người đăng ký dự tuyển phải có quốc tịch Việt Nam, đủ 18 tuổi trở lên, có văn bằng, "
            "chứng chỉ đào tạo phù hợp với yêu cầu của vị trí việc làm và đủ sức khỏe để thực hiện "
            "nhiệm vụ.",
            "Thời gian nhận phiếu đăng ký dự tuyển từ ngày 11/3 đến hết ngày 10/4/2024, trong giờ "
            "hành chính các ngày làm việc, tại Văn phòng Sở. Mỗi người chỉ được đăng ký vào một vị "
            "trí việc làm.",
            "Chỉ tiêu, vị trí việc làm và mẫu phiếu đăng ký dự tuyển được đăng tải kèm theo thông báo "
            "này và niêm yết công khai tại trụ sở các đơn vị tuyển dụng.",
        ],
    ),
    (  # 22
        "Hỗ trợ bò giống phát triển sinh kế cho hộ nghèo",
        "Từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, 136 hộ nghèo, hộ cận "
        "nghèo tại 4 xã đặc biệt khó khăn vừa được hỗ trợ bò cái giống sinh sản để phát triển kinh "
        "tế gia đình.",
        [
            "Mỗi hộ được nhận một con bò cái giống trị giá 18 triệu đồng, trong đó ngân sách nhà nước "
            "hỗ trợ 16 triệu đồng, người dân đối ứng 2 triệu đồng. Bò giống đã được tiêm phòng đầy "
            "đủ các loại vắc xin trước khi bàn giao.",
            "Trước khi nhận bò, các hộ được tập huấn kỹ thuật làm chuồng trại, trồng cỏ và phòng "
            "bệnh cho gia súc. Cán bộ khuyến nông xã sẽ theo dõi, hướng dẫn các hộ trong suốt quá "
            "trình chăn nuôi.",
            "Theo quy ước của tổ cộng đồng, mỗi hộ khi bò sinh con đầu sẽ chuyển bê giống cho một hộ "
            "nghèo khác trong thôn, giúp nhân rộng mô hình mà không cần thêm vốn nhà nước.",
        ],
    ),
    (  # 23
        "Ra quân nạo vét kênh mương bảo đảm nước tưới vụ xuân",
        "Hưởng ứng phong trào làm thủy lợi đầu năm, các xã trong huyện đồng loạt ra quân nạo vét "
        "kênh mương nội đồng, bảo đảm đủ nước tưới cho hơn 1.800 héc ta lúa và hoa màu vụ xuân.",
        [
            "Trong hơn một tuần, người dân đã đóng góp trên 6.500 ngày công, nạo vét 42 km kênh "
            "mương, khơi thông dòng chảy và gia cố 18 đập dâng bị hư hỏng do mưa lũ năm trước.",
            "Huyện đã hỗ trợ 3.000 bao xi măng để các thôn kiên cố hóa thêm 5 km kênh mương theo "
            "phương châm nhà nước và nhân dân cùng làm.",
            "Phòng Nông nghiệp và Phát triển nông thôn khuyến cáo bà con sử dụng nước tiết kiệm, "
            "luân phiên lấy nước giữa các khu ruộng và gieo cấy tập trung trong khung thời vụ tốt "
            "nhất.",
        ],
    ),
    (  # 24
        "Khám sàng lọc miễn phí bệnh không lây nhiễm cho người cao tuổi",
        "Trong tháng 3, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Hội Người cao tuổi tổ chức "
        "khám sàng lọc miễn phí tăng huyết áp, đái tháo đường và bệnh phổi tắc nghẽn mạn tính cho "
        "khoảng 4.500 người cao tuổi.",
        [
            "Người cao tuổi được đo huyết áp, xét nghiệm đường máu mao mạch, đo chức năng hô hấp và "
            "tư vấn chế độ dinh dưỡng, luyện tập phù hợp. Những trường hợp nghi mắc bệnh được hướng "
            "dẫn lên tuyến trên để chẩn đoán xác định.",
            "Qua đợt khám tại 6 xã đầu tiên, đã phát hiện 318 người có chỉ số huyết áp cao và 74 "
            "người có đường máu vượt ngưỡng, trong đó nhiều người chưa từng biết mình mắc bệnh.",
            "Ngành y tế cho biết, phát hiện sớm và quản lý điều trị tại trạm y tế xã sẽ giúp giảm "
            "biến chứng tai biến mạch máu não và giảm chi phí điều trị cho người bệnh.",
        ],
    ),
    (  # 25
        "Tặng quà người có công với cách mạng dịp Tết Nguyên đán Giáp Thìn",
        "Thực hiện quyết định của Chủ tịch nước và của Ủy ban nhân dân tỉnh, Sở Lao động - Thương "
        "binh và Xã hội đã hoàn thành việc chi trả quà Tết Nguyên đán Giáp Thìn 2024 cho hơn 12.600 "
        "người có công với cách mạng và thân nhân.",
        [
            "Tổng kinh phí tặng quà hơn 6,3 tỷ đồng, trong đó quà của Chủ tịch nước mức 300.000 đồng "
            "và 600.000 đồng mỗi suất, quà của tỉnh mức 500.000 đồng mỗi suất. Việc chi trả được "
            "hoàn thành trước ngày 5/2/2024.",
            "Các đoàn công tác của tỉnh đã đến thăm, tặng quà các gia đình chính sách tiêu biểu, Bà "
            "mẹ Việt Nam anh hùng và thương binh nặng đang điều dưỡng tại Trung tâm Điều dưỡng người "
            "có công.",
            "Không có trường hợp nào bị bỏ sót hoặc chi trả sai đối tượng. Nhiều địa phương còn vận "
            "động thêm nguồn xã hội hóa để tặng quà các hộ gia đình chính sách có hoàn cảnh khó khăn.",
        ],
    ),
    (  # 26
        "Bệnh viện Đa khoa tỉnh thực hiện thành công ca ghép thận đầu tiên",
        "Bệnh viện Đa khoa tỉnh vừa thực hiện thành công ca ghép thận từ người cho sống đầu tiên, "
        "đánh dấu bước phát triển mới về kỹ thuật chuyên sâu của ngành y tế địa phương.",
        [
            "Người bệnh là nam, 34 tuổi, mắc suy thận mạn giai đoạn cuối, phải chạy thận nhân tạo "
            "chu kỳ ba lần mỗi tuần trong hơn hai năm. Người hiến thận là chị gái của bệnh nhân.",
            "Ca ghép được thực hiện với sự hỗ trợ chuyển giao kỹ thuật của một bệnh viện tuyến trung "
            "ương, kéo dài gần 5 giờ. Sau phẫu thuật 7 ngày, chức năng thận ghép của người bệnh đã "
            "trở về bình thường, người hiến thận sức khỏe ổn định.",
            "Việc làm chủ kỹ thuật ghép thận giúp người bệnh trong tỉnh tiết kiệm chi phí đi lại, "
            "ăn ở khi phải điều trị ở tuyến trên, đồng thời giảm áp lực cho đơn vị chạy thận nhân tạo "
            "của bệnh viện.",
        ],
    ),
]
