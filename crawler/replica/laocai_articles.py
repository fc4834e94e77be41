"""The articles of the Lào Cai replica, as data.

Each spec is rendered to HTML by :mod:`crawler.replica.laocai`, which also derives the ground
truth (``ARTICLES``) from it. ``blocks`` are what the ``div.content-news`` holds, in order:

- ``"text"``: a paragraph; ``("lead", text)``: a bold lead paragraph;
- ``("img", src, caption)``: the portal's captioned image table (``caption`` may be None);
- ``("figure", src, caption)``: a newer-editor ``<figure>``/``<figcaption>`` image;
- ``("file", prefix, label, href)``: a paragraph linking an attachment (reads "prefix label");
- ``("sig", text)``: the right-aligned bold signature line;
- ``("source", text)``: the right-aligned italic "Nguồn: ..." line.

``author``/``author_unit``/``source`` are the ground truth read from the signature and source
lines: the name before the dash is the author (generic bylines such as "P.V" and "BBT" kept
verbatim), the part after it the unit. ``markup`` varies the paragraph markup ("justify",
"span", "plain") as real editors do; the text a reader sees is the same.

Everything except the seed article (``SEED``, copied verbatim from the seed example, typos
included) is invented for the replica.
"""

from __future__ import annotations

from typing import Any

Spec = dict[str, Any]

OTHER_ARTICLES: list[Spec] = [
    {
        "slug": "hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-khoa-xvi",
        "title": "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12, khóa XVI",
        "when": "2022-12-16 08:30",
        "author": "Minh Anh",
        "author_unit": "Ban Tuyên giáo",
        "source": None,
        "blocks": [
            (
                "lead",
                "Ngày 15/12, Ban Chấp hành Đảng bộ tỉnh Lào Cai khóa XVI tổ chức Hội nghị lần thứ 12 để đánh giá kết quả thực hiện nhiệm vụ chính trị năm 2022, thảo luận và quyết định phương hướng, nhiệm vụ năm 2023. Đồng chí Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh chủ trì hội nghị.",
            ),
            "Theo báo cáo tại hội nghị, năm 2022, trong bối cảnh còn nhiều khó khăn, thách thức, Đảng bộ, chính quyền và Nhân dân các dân tộc tỉnh Lào Cai đã đoàn kết, chủ động, linh hoạt, vượt qua khó khăn, hoàn thành và hoàn thành vượt mức 24/25 chỉ tiêu chủ yếu. Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 11,5%, đứng thứ hai khu vực trung du và miền núi phía Bắc; thu ngân sách nhà nước trên địa bàn đạt hơn 12.300 tỷ đồng; thu nhập bình quân đầu người đạt 63 triệu đồng/năm.",
            "Công tác xây dựng Đảng và hệ thống chính trị tiếp tục được quan tâm, tạo chuyển biến rõ nét. Việc học tập, quán triệt và triển khai thực hiện các nghị quyết, chỉ thị của Trung ương được thực hiện nghiêm túc, kịp thời. Công tác kiểm tra, giám sát và thi hành kỷ luật đảng được tăng cường; công tác phòng, chống tham nhũng, tiêu cực có nhiều chuyển biến tích cực. Quốc phòng, an ninh được giữ vững; chủ quyền, an ninh biên giới quốc gia được bảo đảm.",
            "Tại hội nghị, các đại biểu đã tập trung thảo luận, phân tích làm rõ những kết quả đạt được, chỉ ra những hạn chế, nguyên nhân, đồng thời đề xuất nhiều giải pháp thiết thực để thực hiện thắng lợi nhiệm vụ năm 2023. Một số ý kiến đề nghị cần tiếp tục tháo gỡ khó khăn trong giải phóng mặt bằng các dự án trọng điểm, đẩy nhanh tiến độ giải ngân vốn đầu tư công và nâng cao chất lượng nguồn nhân lực.",
            "Phát biểu kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền từ tỉnh đến cơ sở bám sát mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, xác định năm 2023 là năm tăng tốc, bứt phá; tập trung cải thiện môi trường đầu tư kinh doanh, đẩy mạnh cải cách hành chính, chuyển đổi số, quan tâm chăm lo đời sống Nhân dân, nhất là đồng bào vùng cao, vùng biên giới trong dịp Tết Nguyên đán Quý Mão 2023.",
            ("sig", "Minh Anh – Ban Tuyên giáo."),
        ],
    },
    {
        "slug": "ban-thuong-vu-tinh-uy-lam-viec-voi-dang-uy-khoi-cac-co-quan-tinh",
        "title": "Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh",
        "when": "2022-12-19 16:55",
        "markup": "span",
        "author": "Minh Anh",
        "author_unit": "Ban Tuyên giáo",
        "source": None,
        "blocks": [
            "Chiều 19/12, đồng chí Bí thư Tỉnh ủy cùng các đồng chí trong Ban Thường vụ Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh về kết quả thực hiện nhiệm vụ năm 2022 và phương hướng, nhiệm vụ năm 2023.",
            "Đảng bộ Khối các cơ quan tỉnh hiện có 78 tổ chức cơ sở đảng với hơn 3.900 đảng viên. Năm 2022, Đảng ủy Khối đã lãnh đạo các tổ chức cơ sở đảng thực hiện tốt nhiệm vụ chính trị, chuyên môn; chất lượng sinh hoạt chi bộ được nâng lên; kết nạp 142 đảng viên mới, đạt 118% kế hoạch. Tỷ lệ tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên đạt trên 90%.",
            "Kết luận buổi làm việc, đồng chí Bí thư Tỉnh ủy ghi nhận, biểu dương những kết quả mà Đảng bộ Khối đạt được; đồng thời đề nghị Đảng ủy Khối tiếp tục đổi mới phương thức lãnh đạo, nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng; chú trọng xây dựng đội ngũ cán bộ, đảng viên có bản lĩnh chính trị vững vàng, phẩm chất đạo đức trong sáng, gương mẫu, trách nhiệm trong thực thi công vụ; gắn công tác xây dựng Đảng với thực hiện nhiệm vụ cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh.",
            ("sig", "Minh Anh – Ban Tuyên giáo."),
        ],
    },
    {
        "slug": "tong-ket-cong-tac-quan-ly-bao-ve-duong-bien-gioi-va-he-thong-moc-quoc-gioi-nam-2022",
        "title": "Tổng kết công tác quản lý, bảo vệ đường biên giới và hệ thống mốc quốc giới năm 2022",
        "when": "2022-12-22 14:10",
        "author": None,
        "author_unit": None,
        "source": "Báo Lào Cai",
        "blocks": [
            "Ngày 21/12, Ban Chỉ đạo công tác biên giới tỉnh Lào Cai tổ chức hội nghị tổng kết công tác quản lý, bảo vệ đường biên giới và hệ thống mốc quốc giới năm 2022, triển khai nhiệm vụ năm 2023. Tham dự hội nghị có lãnh đạo Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Sở Ngoại vụ và các huyện, thị xã, thành phố có đường biên giới.",
            "Tuyến biên giới Việt Nam - Trung Quốc trên địa bàn tỉnh Lào Cai dài hơn 182 km, tiếp giáp với châu Hồng Hà và châu Văn Sơn, tỉnh Vân Nam, Trung Quốc. Hệ thống mốc quốc giới trên tuyến được cắm theo Nghị định thư về phân giới cắm mốc biên giới trên đất liền Việt Nam - Trung Quốc. Năm 2022, các lực lượng chức năng đã tổ chức hơn 2.100 lượt tuần tra song phương và đơn phương, kiểm tra hệ thống mốc quốc giới, kịp thời phát hiện và xử lý các vụ việc phát sinh.",
            (
                "img",
                "/Uploads/images/2022/12/22/tuan-tra-moc-quoc-gioi.jpg",
                "Cán bộ, chiến sĩ Đồn Biên phòng Y Tý phối hợp với dân quân tuần tra, kiểm tra hệ thống mốc quốc giới",
            ),
            "Công tác phối hợp giữa các lực lượng trong quản lý, bảo vệ biên giới ngày càng chặt chẽ. Phong trào Toàn dân tham gia tự quản đường biên giới, mốc quốc giới và an ninh trật tự thôn, bản tiếp tục được duy trì hiệu quả với hàng nghìn tổ tự quản và hộ gia đình tham gia. Các xã biên giới đã tổ chức nhiều hoạt động giao lưu, kết nghĩa với các thôn bản phía bên kia biên giới, góp phần xây dựng đường biên giới hòa bình, hữu nghị.",
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: tình trạng xuất nhập cảnh trái phép qua đường mòn, lối mở vẫn còn diễn biến phức tạp; một số mốc quốc giới ở khu vực địa hình hiểm trở bị ảnh hưởng do mưa lũ, sạt lở chưa được khôi phục kịp thời.",
            "Năm 2023, Ban Chỉ đạo yêu cầu các đơn vị tiếp tục thực hiện nghiêm ba văn kiện pháp lý về biên giới Việt Nam - Trung Quốc; tăng cường tuần tra, kiểm soát, quản lý chặt chẽ hệ thống mốc quốc giới; đẩy mạnh tuyên truyền, vận động Nhân dân khu vực biên giới chấp hành nghiêm pháp luật, không vượt biên trái phép, tích cực tham gia bảo vệ chủ quyền lãnh thổ.",
            ("source", "Nguồn: Báo Lào Cai"),
        ],
    },
    {
        "slug": "bat-xat-co-them-3-xa-dat-chuan-nong-thon-moi",
        "title": "Bát Xát có thêm 3 xã đạt chuẩn nông thôn mới",
        "when": "2022-12-27 10:45",
        "author": "P.V",
        "author_unit": None,
        "source": None,
        "blocks": [
            "Năm 2022, huyện Bát Xát có thêm 3 xã được công nhận đạt chuẩn nông thôn mới là Quang Kim, Bản Qua và Phìn Ngan, nâng tổng số xã đạt chuẩn trên địa bàn huyện lên 12/21 xã. Đây là kết quả của sự vào cuộc quyết liệt của cả hệ thống chính trị và sự đồng lòng của Nhân dân các dân tộc trong huyện.",
            "Để đạt được kết quả trên, huyện đã huy động tổng nguồn lực hơn 420 tỷ đồng cho Chương trình mục tiêu quốc gia xây dựng nông thôn mới, trong đó vốn Nhân dân đóng góp bằng tiền, ngày công lao động và hiến đất làm đường giao thông trên 35 tỷ đồng. Nhiều tuyến đường liên thôn, liên xã được cứng hóa; hệ thống thủy lợi, trường học, nhà văn hóa thôn được đầu tư xây dựng khang trang.",
            "Cùng với hoàn thiện kết cấu hạ tầng, huyện Bát Xát chú trọng phát triển sản xuất, nâng cao thu nhập cho người dân. Các mô hình trồng chuối, dứa, quế, thảo quả theo hướng hàng hóa được nhân rộng; nhiều sản phẩm được công nhận đạt tiêu chuẩn OCOP. Thu nhập bình quân đầu người tại các xã mới đạt chuẩn đạt trên 45 triệu đồng/năm, tỷ lệ hộ nghèo giảm mạnh so với đầu nhiệm kỳ.",
            "Năm 2023, huyện Bát Xát phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới, 1 xã đạt chuẩn nông thôn mới nâng cao; tiếp tục nâng cao chất lượng các tiêu chí đối với những xã đã đạt chuẩn, tránh tình trạng đạt chuẩn rồi bỏ đó.",
            ("sig", "P.V"),
        ],
    },
    {
        "slug": "hoi-nghi-hoc-tap-quan-triet-nghi-quyet-hoi-nghi-trung-uong-6-khoa-xiii",
        "title": "Hội nghị học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII",
        "when": "2022-12-29 11:20",
        "markup": "plain",
        "author": "P.V",
        "author_unit": None,
        "source": None,
        "blocks": [
            "Ngày 28/12, Ban Thường vụ Tỉnh ủy Lào Cai tổ chức hội nghị trực tuyến học tập, quán triệt và triển khai thực hiện các nghị quyết, kết luận Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII. Hội nghị được kết nối đến 196 điểm cầu với gần 10.000 cán bộ, đảng viên tham dự.",
            "Tại hội nghị, các đại biểu đã được nghe báo cáo viên truyền đạt những nội dung cơ bản, cốt lõi của Nghị quyết số 27-NQ/TW về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới; Nghị quyết số 28-NQ/TW về tiếp tục đổi mới, hoàn thiện phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị; Nghị quyết số 29-NQ/TW về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045.",
            "Phát biểu chỉ đạo hội nghị, đồng chí Phó Bí thư Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng khẩn trương xây dựng chương trình hành động, kế hoạch thực hiện phù hợp với điều kiện thực tế của địa phương, đơn vị; tổ chức học tập, quán triệt nghị quyết bảo đảm nghiêm túc, chất lượng, tránh hình thức; đồng thời tăng cường kiểm tra, giám sát việc triển khai thực hiện.",
            ("sig", "P.V"),
        ],
    },
    {
        "slug": "sa-pa-don-hon-100-nghin-luot-khach-dip-tet-duong-lich-2023",
        "title": "Sa Pa đón hơn 100 nghìn lượt khách dịp Tết Dương lịch 2023",
        "when": "2023-01-03 16:40",
        "author": "Thu Hà",
        "author_unit": None,
        "source": "Báo Lào Cai",
        "blocks": [
            (
                "lead",
                "Trong 3 ngày nghỉ Tết Dương lịch 2023 (từ ngày 31/12/2022 đến ngày 02/01/2023), thị xã Sa Pa đón hơn 100 nghìn lượt khách du lịch, tăng 35% so với cùng kỳ năm trước; tổng doanh thu từ du lịch ước đạt trên 300 tỷ đồng.",
            ),
            (
                "figure",
                "/Uploads/images/2023/01/03/sa-pa-tet-duong-lich.jpg",
                "Du khách tham quan khu du lịch Fansipan Legend những ngày đầu năm mới",
            ),
            "Công suất phòng tại các cơ sở lưu trú trên địa bàn thị xã đạt trên 90%, nhiều khách sạn, homestay kín phòng từ trước kỳ nghỉ. Các điểm du lịch như Fansipan Legend, Cát Cát, Tả Van, Mường Hoa, đỉnh đèo Ô Quy Hồ thu hút đông đảo du khách trong và ngoài nước. Đặc biệt, những ngày cuối năm, hiện tượng băng giá xuất hiện trên đỉnh Fansipan đã tạo sức hút lớn đối với khách du lịch.",
            "Để phục vụ du khách, thị xã Sa Pa đã tổ chức chuỗi hoạt động chào đón năm mới như chương trình nghệ thuật đường phố, chợ phiên vùng cao, trình diễn trang phục truyền thống các dân tộc và không gian ẩm thực đêm. Lực lượng chức năng tăng cường kiểm tra, xử lý các trường hợp tăng giá dịch vụ, đeo bám, chèo kéo khách, bảo đảm an ninh trật tự, an toàn giao thông.",
            "Theo đánh giá của Phòng Văn hóa và Thông tin thị xã, trong dịp nghỉ Tết Dương lịch, tình hình an ninh trật tự trên địa bàn được bảo đảm, không xảy ra vụ việc phức tạp; các cơ sở kinh doanh dịch vụ du lịch niêm yết giá công khai, chất lượng dịch vụ ngày càng được nâng lên.",
            ("sig", "Thu Hà"),
            ("source", "Nguồn: Báo Lào Cai"),
        ],
    },
    {
        "slug": "trien-khai-nhiem-vu-cong-tac-dan-van-nam-2023",
        "title": "Triển khai nhiệm vụ công tác dân vận năm 2023",
        "when": "2023-01-05 15:00",
        "author": "Phạm Lan",
        "author_unit": "Ban Dân vận Tỉnh ủy",
        "source": None,
        "blocks": [
            "Ngày 04/01, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Dự hội nghị có lãnh đạo Ban Dân vận Trung ương, Thường trực Tỉnh ủy và đại diện Ủy ban Mặt trận Tổ quốc, các tổ chức chính trị - xã hội tỉnh.",
            "Năm 2022, công tác dân vận của hệ thống chính trị tỉnh đạt nhiều kết quả nổi bật. Phong trào thi đua “Dân vận khéo” được triển khai sâu rộng với hơn 2.400 mô hình, điển hình được công nhận ở các cấp, tập trung vào các lĩnh vực phát triển kinh tế, xây dựng nông thôn mới, giảm nghèo bền vững, giữ gìn an ninh trật tự. Việc thực hiện Quy chế dân chủ ở cơ sở có chuyển biến tích cực, góp phần củng cố niềm tin của Nhân dân đối với Đảng, chính quyền.",
            "Tại hội nghị, các đại biểu đã chia sẻ nhiều kinh nghiệm trong vận động đồng bào dân tộc thiểu số thay đổi tập quán sản xuất, thực hiện nếp sống văn minh trong việc cưới, việc tang; vận động Nhân dân hiến đất, góp công làm đường giao thông nông thôn.",
            "Năm 2023, Ban Dân vận Tỉnh ủy xác định tập trung tham mưu cấp ủy lãnh đạo, chỉ đạo đổi mới nội dung, phương thức công tác dân vận; nâng cao chất lượng phong trào thi đua “Dân vận khéo”; nắm chắc tình hình Nhân dân, nhất là ở vùng đồng bào dân tộc thiểu số, vùng biên giới, kịp thời giải quyết những vấn đề bức xúc, phát sinh ngay từ cơ sở.",
            ("sig", "Phạm Lan – Ban Dân vận Tỉnh ủy."),
        ],
    },
    {
        "slug": "lao-cai-trien-khai-nhiem-vu-chuyen-doi-so-nam-2023",
        "title": "Lào Cai triển khai nhiệm vụ chuyển đổi số năm 2023",
        "when": "2023-01-06 09:15",
        "author": "BBT",
        "author_unit": None,
        "source": None,
        "blocks": [
            "Sáng 05/01, Ban Chỉ đạo chuyển đổi số tỉnh Lào Cai tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ chuyển đổi số năm 2022, triển khai kế hoạch năm 2023. Hội nghị được tổ chức trực tuyến đến điểm cầu các huyện, thị xã, thành phố.",
            "Năm 2022, tỉnh Lào Cai đã ban hành nhiều văn bản chỉ đạo, hướng dẫn về chuyển đổi số; hạ tầng số được đầu tư nâng cấp, sóng di động phủ đến hầu hết các thôn, bản. Cổng Dịch vụ công và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đã cung cấp hơn 1.200 dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ tiếp nhận và giải quyết trực tuyến đạt trên 70%.",
            "Toàn tỉnh đã thành lập 1.643 tổ công nghệ số cộng đồng với hơn 8.900 thành viên, trực tiếp hướng dẫn người dân cài đặt, sử dụng các ứng dụng thiết yếu như VNeID, thanh toán không dùng tiền mặt, dịch vụ công trực tuyến. Nhiều hợp tác xã, hộ sản xuất đã đưa sản phẩm nông sản đặc sản lên các sàn thương mại điện tử.",
            "Năm 2023, tỉnh Lào Cai tập trung phát triển hạ tầng số, dữ liệu số; hoàn thành kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin của tỉnh với cơ sở dữ liệu quốc gia về dân cư; đẩy mạnh thanh toán trực tuyến và nâng cao kỹ năng số cho cán bộ, công chức và người dân, phấn đấu đưa Lào Cai vào nhóm các tỉnh dẫn đầu khu vực về chỉ số chuyển đổi số.",
            ("sig", "BBT"),
        ],
    },
    {
        "slug": "uy-ban-kiem-tra-tinh-uy-trien-khai-nhiem-vu-nam-2023",
        "title": "Ủy ban Kiểm tra Tỉnh ủy triển khai nhiệm vụ năm 2023",
        "when": "2023-01-10 14:30",
        "author": "Ngọc Bích",
        "author_unit": "Ủy ban Kiểm tra Tỉnh ủy",
        "source": None,
        "blocks": [
            "Chiều 09/01, Ủy ban Kiểm tra Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2022, triển khai phương hướng, nhiệm vụ năm 2023.",
            "Năm 2022, cấp ủy, ủy ban kiểm tra các cấp trong Đảng bộ tỉnh đã kiểm tra 1.250 tổ chức đảng và 3.870 đảng viên; giám sát chuyên đề 980 tổ chức đảng và 2.460 đảng viên. Ủy ban kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm đối với 35 tổ chức đảng và 148 đảng viên; thi hành kỷ luật 12 tổ chức đảng và 265 đảng viên, trong đó khai trừ ra khỏi Đảng 38 trường hợp.",
            "Công tác kiểm tra, giám sát được thực hiện có trọng tâm, trọng điểm, tập trung vào những lĩnh vực nhạy cảm, dễ phát sinh sai phạm như quản lý đất đai, tài chính, ngân sách, đầu tư xây dựng cơ bản, công tác cán bộ. Qua kiểm tra đã kịp thời chấn chỉnh, xử lý nghiêm các vi phạm, góp phần giữ gìn kỷ cương, kỷ luật của Đảng.",
            "Năm 2023, Ủy ban Kiểm tra Tỉnh ủy đề ra mục tiêu nâng cao chất lượng, hiệu quả công tác kiểm tra, giám sát; chủ động phát hiện, kiểm tra khi có dấu hiệu vi phạm; đẩy nhanh tiến độ giải quyết đơn thư tố cáo, khiếu nại kỷ luật đảng, không để tồn đọng, kéo dài.",
            ("sig", "Ngọc Bích – Ủy ban Kiểm tra Tỉnh ủy."),
        ],
    },
    {
        "slug": "ke-hoach-to-chuc-cac-hoat-dong-ky-niem-93-nam-ngay-thanh-lap-dang-cong-san-viet-nam",
        "title": "Kế hoạch tổ chức các hoạt động kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        "when": "2023-01-13 08:05",
        "author": "P.V",
        "author_unit": None,
        "source": None,
        "blocks": [
            "Ban Thường vụ Tỉnh ủy Lào Cai vừa ban hành Kế hoạch số 56-KH/TU về tổ chức các hoạt động kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023) và mừng Xuân Quý Mão 2023.",
            "Mục đích của kế hoạch nhằm tuyên truyền sâu rộng về truyền thống vẻ vang, những thành tựu to lớn, có ý nghĩa lịch sử của Đảng và dân tộc ta qua 93 năm lãnh đạo cách mạng; khẳng định vai trò lãnh đạo, cầm quyền của Đảng; củng cố niềm tin của cán bộ, đảng viên và Nhân dân đối với sự lãnh đạo của Đảng, tạo khí thế phấn khởi, thi đua thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI.",
            "Theo kế hoạch, các cấp ủy, tổ chức đảng tổ chức trang trí, tuyên truyền trực quan bằng pa nô, áp phích, băng rôn, cờ Đảng, cờ Tổ quốc tại các trục đường chính, nơi công cộng; tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao, các chương trình nghệ thuật chào mừng; thăm hỏi, tặng quà các đồng chí lão thành cách mạng, gia đình chính sách, hộ nghèo; trao Huy hiệu Đảng cho đảng viên đủ tuổi đảng vào dịp 03/02.",
            "Việc tổ chức các hoạt động kỷ niệm phải bảo đảm trang trọng, thiết thực, tiết kiệm, gắn với thực hiện nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị; không phô trương, hình thức.",
            (
                "file",
                "Xem toàn văn:",
                "Kế hoạch số 56-KH/TU",
                "/Uploads/files/2023/ke-hoach-56.pdf",
            ),
            ("sig", "P.V"),
        ],
    },
    {
        "slug": "doan-cong-tac-cua-tinh-uy-tham-chuc-tet-tai-huyen-bat-xat",
        "title": "Đoàn công tác của Tỉnh ủy thăm, chúc Tết tại huyện Bát Xát",
        "when": "2023-01-16 17:30",
        "author": "Hoàng Thu",
        "author_unit": "Văn phòng Tỉnh ủy",
        "source": None,
        "blocks": [
            (
                "lead",
                "Ngày 16/01/2023 (tức ngày 25 tháng Chạp năm Nhâm Dần), đoàn công tác của Tỉnh ủy Lào Cai do đồng chí Phó Bí thư Thường trực Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết cán bộ, chiến sĩ và Nhân dân các dân tộc huyện Bát Xát nhân dịp Xuân Quý Mão 2023.",
            ),
            "Tại Đồn Biên phòng Trịnh Tường, đoàn đã thăm hỏi, động viên cán bộ, chiến sĩ đang làm nhiệm vụ nơi tuyến đầu biên giới. Trưởng đoàn ghi nhận, biểu dương những đóng góp của lực lượng Bộ đội Biên phòng trong công tác quản lý, bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia và giúp đỡ đồng bào các dân tộc phát triển kinh tế, xóa đói giảm nghèo.",
            (
                "img",
                "/Uploads/images/2023/01/16/tham-chuc-tet-bat-xat.jpg",
                "Đoàn công tác tặng quà cán bộ, chiến sĩ Đồn Biên phòng Trịnh Tường",
            ),
            "Đến thăm, chúc Tết các gia đình chính sách, hộ nghèo tại xã Trịnh Tường và xã Cốc Mỳ, đoàn công tác đã trao 100 suất quà, mỗi suất trị giá 1 triệu đồng. Trưởng đoàn mong muốn các gia đình tiếp tục phát huy truyền thống, vượt khó vươn lên, tích cực lao động sản xuất, cùng chính quyền địa phương xây dựng quê hương ngày càng giàu đẹp.",
            "Làm việc với Ban Thường vụ Huyện ủy Bát Xát, đoàn đề nghị huyện tiếp tục quan tâm chăm lo cho Nhân dân đón Tết vui tươi, lành mạnh, an toàn, tiết kiệm; không để hộ dân nào thiếu đói trong dịp Tết; tăng cường công tác bảo đảm an ninh trật tự, phòng, chống cháy rừng, chủ động phòng, chống rét đậm, rét hại cho người, cây trồng và vật nuôi.",
            ("sig", "Hoàng Thu – Văn phòng Tỉnh ủy."),
        ],
    },
    {
        "slug": "bao-thang-phat-dong-tet-trong-cay-xuan-quy-mao-2023",
        "title": "Bảo Thắng phát động Tết trồng cây đời đời nhớ ơn Bác Hồ Xuân Quý Mão 2023",
        "when": "2023-01-29 10:10",
        "markup": "span",
        "author": "Đức Minh",
        "author_unit": "Trung tâm Văn hóa huyện Bảo Thắng",
        "source": None,
        "blocks": [
            "Sáng 29/01 (tức mùng 8 Tết), huyện Bảo Thắng tổ chức lễ phát động Tết trồng cây đời đời nhớ ơn Bác Hồ Xuân Quý Mão 2023 tại xã Sơn Hà. Tham gia buổi lễ có lãnh đạo huyện cùng đông đảo cán bộ, đoàn viên, thanh niên, lực lượng vũ trang và Nhân dân địa phương.",
            ("img", "/Uploads/images/2023/01/29/trong-cay-bao-thang.jpg", None),
            "Ngay sau lễ phát động, các đại biểu và Nhân dân đã trồng hơn 2.000 cây quế, cây keo và cây bóng mát trên diện tích khoảng 5 ha. Năm 2023, huyện Bảo Thắng đặt mục tiêu trồng mới 1.200 ha rừng sản xuất, trồng 150.000 cây phân tán, nâng tỷ lệ che phủ rừng lên 45%.",
            "Phát biểu tại buổi lễ, lãnh đạo huyện đề nghị các xã, thị trấn tiếp tục đẩy mạnh tuyên truyền, vận động Nhân dân tích cực trồng cây, chăm sóc và bảo vệ rừng; lựa chọn giống cây phù hợp với điều kiện thổ nhưỡng, gắn trồng rừng với phát triển kinh tế, tạo sinh kế bền vững cho người dân.",
            ("sig", "Đức Minh - Trung tâm Văn hóa huyện Bảo Thắng"),
        ],
    },
    {
        "slug": "thong-quan-hang-hoa-qua-cua-khau-kim-thanh-soi-dong-dip-dau-nam",
        "title": "Hoạt động thông quan hàng hóa qua cửa khẩu Kim Thành sôi động dịp đầu năm",
        "when": "2023-01-31 07:45",
        "author": None,
        "author_unit": None,
        "source": "Báo Lào Cai",
        "blocks": [
            "Sau kỳ nghỉ Tết Nguyên đán Quý Mão, hoạt động xuất nhập khẩu hàng hóa qua Cửa khẩu Quốc tế đường bộ số II Kim Thành đã diễn ra sôi động trở lại. Mỗi ngày có khoảng 250 - 300 lượt phương tiện chở hàng hóa làm thủ tục thông quan, chủ yếu là các mặt hàng nông sản như thanh long, chuối, dưa hấu, sắn lát.",
            (
                "img",
                "/Uploads/images/2023/01/31/kim-thanh-xe-nong-san.jpg",
                "Xe chở nông sản chờ làm thủ tục xuất khẩu tại Cửa khẩu Quốc tế đường bộ số II Kim Thành",
            ),
            "Từ ngày 08/01/2023, phía Trung Quốc chính thức điều chỉnh chính sách phòng, chống dịch Covid-19, tạo điều kiện thuận lợi cho hoạt động giao thương qua biên giới. Các lực lượng chức năng tại cửa khẩu đã bố trí cán bộ làm việc cả ngày thứ Bảy, Chủ nhật, áp dụng thủ tục hải quan điện tử, rút ngắn thời gian thông quan cho doanh nghiệp.",
            (
                "img",
                "/Uploads/images/2023/01/31/kim-thanh-hai-quan.jpg",
                "Lực lượng Hải quan kiểm tra hàng hóa nhập khẩu",
            ),
            "Theo thống kê của Ban Quản lý Khu kinh tế tỉnh, trong tháng 01/2023, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh đạt trên 180 triệu USD. Tỉnh Lào Cai đang tích cực phối hợp với tỉnh Vân Nam (Trung Quốc) khôi phục hoạt động của các cửa khẩu phụ, lối mở, đồng thời khôi phục hoạt động xuất nhập cảnh của công dân hai nước qua Cửa khẩu Quốc tế Lào Cai - Hà Khẩu.",
            ("source", "Nguồn: Báo Lào Cai"),
        ],
    },
    {
        "slug": "trao-huy-hieu-dang-dot-3-2-cho-cac-dang-vien-lao-thanh",
        "title": "Trao Huy hiệu Đảng đợt 3/2 cho các đảng viên lão thành",
        "when": "2023-02-04 09:00",
        "author": "Thanh Hương",
        "author_unit": "Thành ủy Lào Cai",
        "source": None,
        "blocks": [
            "Nhân dịp kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam, sáng 04/02, Thành ủy Lào Cai tổ chức lễ trao Huy hiệu Đảng đợt 3/2 cho 56 đảng viên, trong đó có 2 đảng viên nhận Huy hiệu 70 năm tuổi Đảng, 5 đảng viên nhận Huy hiệu 60 năm tuổi Đảng, 12 đảng viên nhận Huy hiệu 55 năm tuổi Đảng và 37 đảng viên nhận Huy hiệu 40, 45, 50 năm tuổi Đảng.",
            "Phát biểu tại buổi lễ, đồng chí Bí thư Thành ủy bày tỏ sự kính trọng và biết ơn đối với những cống hiến của các đồng chí đảng viên lão thành cho sự nghiệp cách mạng của Đảng, của dân tộc và cho quê hương Lào Cai. Các đồng chí là những tấm gương sáng về lòng trung thành với Đảng, về tinh thần phục vụ Nhân dân để thế hệ trẻ noi theo.",
            "Thay mặt các đảng viên được trao tặng Huy hiệu Đảng, một đảng viên 70 năm tuổi Đảng xúc động bày tỏ niềm vinh dự, tự hào, đồng thời hứa sẽ tiếp tục giữ gìn phẩm chất đạo đức cách mạng, gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, tích cực tham gia sinh hoạt chi bộ, giáo dục con cháu phát huy truyền thống gia đình.",
            ("sig", "Thanh Hương – Thành ủy Lào Cai."),
        ],
    },
]


# The seed article, copied verbatim from examples/seed/expected.json (its typos are the
# source's own and are kept). Its page reproduces examples/seed/page.html, so expected.json
# describes it exactly.
SEED: Spec = {
    "slug": "trien-khai-thuc-hien-tot-cong-tac-thong-tin-tuyen-truyen-va-thong-tin-doi-ngoai-khu-vuc-bien-gioi-tinh-lao-cai",
    "title": "Triển khai thực hiện tốt công tác thông tin tuyên truyền và thông tin đối ngoại khu vực biên giới tỉnh Lào Cai",
    "when": "2023-01-09 15:20",
    "views": 1024,
    "counter": (37, 1264, 2551, 1706835),  # the seed page's visitor counter
    "author": "Đỗ Quang Thắng",
    "author_unit": "Phòng Tổng hợp",
    "source": None,
    "blocks": [
        "Thực hiện Chương trình phối hợp về công tác thông tin tuyên truyền và thông tin đối ngoại khu vực biên giới, năm 2022, Sở Thông tin và Truyền thông, Bộ Chỉ huy Bộ đội Biên phòng tỉnh đã chủ động, tích cực trong việc phối hợp triển khai các nội dung hợp tác trong thông tin - tuyên truyền và thông tin đối ngoại khu vực biên giới. Việc phối hợp, hợp tác đã đem lại hiệu quả thiết thực, góp phần nâng cao hiệu quả, hiệu lực quản lý nhà nước trong lĩnh vực thông tin và truyền thông, trong công tác quản lý biên giới quốc gia. Thông qua hoạt động tuyên truyền và công tác thông tin đối ngoại đã giúp cán bộ, Nhân dân khu vực biên giới, đặc biệt là cán bộ, Nhân dân và lực lượng bảo vệ biên giới nước bạn hiếu rõ hơn về chủ trương, đường lối, chính sách đối ngoại của Đảng và Nhà nước ta góp phần hiểu biết lẫn nhau, xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển.",
        "Thực hiện chức năng nhiệm vụ và nội dung công tác phối hợp đã ký kết, Bộ Chỉ huy Bộ đội Biên phòng, Sở Thông tin và Truyền thông đã đẩy mạnh công tác thông tin, tuyên truyền và thông tin đối ngoại khu vực biên giới. Hai đơn vị đã phối hợp quản lý, vận hành hiệu quả cổng thông tin đối ngoại tỉnh Lào Cai. Trong năm 2022, cổng thông tin đối ngoại tỉnh Lào Cai đã cập nhật được gần 3.000 tin bài về chủ trương của Đảng, chính sách, pháp luật của Nhà nước, các quy định của tỉnh Lào Cai về đối ngoại và thông tin đối ngoại; các thông tin về tình hình phát triển kinh tế, văn hóa, xã hội của địa phương; cơ sở dữ liệu, thu hút hơn 767 triệu lượt người quan tâm truy cập. Qua đó, góp phàn đẩy mạnh tuyên truyền, quảng bá hình ảnh Lào Cai ổn định, đổi mới, năng động và phát triển nơi biên cương Tổ quốc.",
        (
            "img",
            "/Uploads/images/2023/01/09/tt-dn-bien-gioi.jpg",
            "Lãnh đạo Sở Thông tin và Truyền thông và Bộ Chỉ huy BĐBP tỉnh Lào Cai ký kết chương trình phối hợp thông tin tuyên truyền và thông tin đối ngoại khu vực biên giới tỉnh Lào Cai năm 2023",
        ),
        "Phối hợp quản lý, vận hành hiệu quả Cụm thông tin đối ngoại tại Cửa khẩu quốc tế Lào Cai, Cụm Thông tin đối ngoại tại Cửa khẩu Quốc tế đường bộ số 2 Kim Thành. Trong năm 2022, đã tổ chức sản xuất và đăng phát hơn 300 bức ảnh đẹp về các lĩnh vực chính trị - thời sự, kinh tế - xã hội; an ninh - quốc phòng; du lịch; an toàn giao thông; công tác phòng, chống dịch bệnh Covid - 19; hội nhập quổc tế;... Hình thức tuyên truyền đa dạng bằng hình ảnh; văn bản về chính sách thu hút đầu tư; phim tài liệu, phóng sự; video quảng bá; clip ảnh; banner tuyên truyền các sự kiện văn hóa, du lịch...",
        "Trong năm 2022, các cơ quan báo chí địa phương, hệ thống cổng thông tin điện tử đã đăng tải hơn 60.000 tin, bài tuyên truyền các sự kiện chính trị quan trọng của đất nước và của tỉnh Lào Cai: về công tác xây dựng Đảng, xây dựng hệ thống chính trị, phong trào thỉ đua yêu nước; về các dự án phát triển kinh tế - xã hội, quốc phòng - an ninh, thành tựu kinh tế và an sinh xã hội của tỉnh; tuyên truyền về chủ quyền biên giới đẩt liền, biến đảo; hội nhập quốc tế; các sự kiện, hoạt động đoi ngoại tiêu biếu của nãm; tuyên truyền đậm nét các hoạt động đối ngoại của tỉnh Lào Cai với các cơ quan, tổ chức, đoàn khách quốc tế, công tác đối ngoại nhân dân; các hoạt động viện trợ phi chính phủ nước ngoài... Qua đó, khẳng định sức mạnh đoàn kết, thống nhất và vai trò lãnh đạo của Đảng bộ, chính quyền tỉnh Lào Cai, tạo sự đồng thuận trong Đảng, trong xã hội và Nhân dân, đóng góp quan trọng cho phát triển kinh tế - xã hội của tỉnh.",
        "Đẩy mạnh nâng cao năng lực công tác thông tin tuyên truyền, thông tin đối ngoại khu vực biên giới thực hiện theo Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ phê duyệt mục tiêu, nhiệm vụ, giải pháp đổi mới và nâng cao năng lực công tác thông tin, tuyên truyền và thông tin đổi ngoại góp phần xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển; Xuất bản, cấp phát các ấn phẩm thông tin, truyền thông, thông tin đối ngoại; Lồng ghép thông tin đối ngoại với các hoạt động quảng bá hình ảnh đất nước, giao lưu hữu nghị quốc phòng biên giới, đối ngoại nhân dân, xúc tiến đầu tư, thương mại, du lịch, giới thiệu tiềm năng, thế mạnh, nét văn hóa đặc sắc của các địa phương biên giới, góp phần tăng cường mối quan hệ hữu nghị, đoàn kết giữa Lào Cai với nước bạn Trung Quốc; Phối hợp tuyên truyền cho Nhân dân trên địa bàn biên giới về các văn bản luật, hiệp định, quy chế vể biên giới và chù trương, đường lối của Đảng, Nhà nước về xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển...",
        "Công tác tuyên truyền về biển, đảo và phân giới cắm mốc tiếp tục được quan tâm, triển khai thực hiện. Triển khai Kế hoạch số 56/KH-BCHBĐBP-STTTT ngày 10/01/2022 giữa Sở Thông tin và Truyền thông và Bộ Chỉ huy Bộ đội Biến phòng tỉnh phối hợp công tác thông tin tuyên truyền và thông tin đôi ngoại khu vực biên giới tỉnh Lào Cai năm 2022, hai cơ quan đã phối hợp tô chức tuyên truyên, vận động Nhân dân khu vực biên giới về chủ trương của Đảng, pháp luật của Nhà nước: tuyên truyền các văn bản pháp lý về việc giải quyết, quản lý và bảo vệ biên giới Việt Nam - Trung Quốc: Hiệp ước biên giới trên đất liền giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa nhân dân Trung Hoa (ký ngày 30/12/1999); nội dung và ý nghĩa của việc ký kết và thực thi 03 văn kiện pháp lý về biên giới: Nghị định thư về phân giới cắm mốc biên giới trên đẩt liền Việt Nam - Trung Quốc (ký ngày 18/11/2009), Hiệp định về Quy chế quản lý biên giới trên đất liền Việt Nam - Trung Quốc (ký ngày 18/11/2009), Hiệp định về cửa khẩu và Quy chế quản lý cửa khẩu biên giới trên đất liền Việt Nam - Trung Quốc (ký ngày 18/11/2009); tuyên truyền các đề án của Chính phủ về tăng cường công tác thông tin đối ngoại với các nước láng giêng Trung Quôc, Lào và Campuchia trong tình hình mới; Tuyên truyền ý nghĩa quan trọng của việc ban hành Luật Biên phòng Việt Nam;... Bộ Chỉ huy Bộ đội Biên phòng đã chủ trì, tố chức sinh hoạt đơn vị, phối kết hợp tổ chức họp các thôn giáp biên giới để truyền vận động Nhân dân được 1.520 buối/1.624 lượt cán bộ, chiến sĩ tham gia/54.537 lượt người dân trên địa bàn biên giới;",
        "Trong thời gian tới, để tiếp tục triển khai thực hiện tốt công tác tuyên truyền và thông tin đối ngoại khu vực biên giới góp phần thực hiện thắng lợi các nhiệm vụ chính trị của tỉnh; tỉnh Lào Cai cần tập trung triển khai thực hiện một số nhóm nhiệm vụ, giải pháp cụ thể như sau:",
        "Tiếp tục đẩy mạnh công tác thông tin, tuyên truyền các chủ trương, chính sách của Đảng, Nhà nước về thông tin đối ngoại, tuyên truyền biển đảo, biên giới nhằm nâng cao nhận thức trong cán bộ và Nhân dân về vị trí, vai trò của thông tin đổi ngoại trong tình hình mới; Xây dựng kế hoạch thực hiện chương trình phối hợp giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Sở Thông tin và Truyền thông năm 2023; Triến khai các hoạt động tuyên truyền về tình hình biên giới; đẩy mạnh tuyên truyền phát triển kinh tế, văn hóa, xã hội gắn với bảo vệ chủ quyền biên giới quốc gia. Tiếp tục duy trì hoạt động các Cụm thông tin đổi ngoại tại Cửa khẩu Quốc tế Lào Cai và Cửa khấu Quốc tế đường bộ số 2 Kim Thành. Tổ chức tập huấn, bồi dưỡng nghiệp vụ công tác tuyên truyền về biên giới, lãnh thổ, thông tin đối ngoại và hội nhập quốc tể cho cán bộ, chiến sĩ Bộ Chỉ huy Bộ đội Biên phòng tỉnh, cán bộ thông tin - truyền thông các cấp.",
        ("sig", "Đỗ Quang Thắng – Phòng Tổng hợp."),
    ],
}
