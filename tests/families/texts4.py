"""Article texts of the hard families (issue 10, third batch; Vietnamese, NFC).

Same shape as ``texts2``: (key, title, lead, paragraphs), appended to ``TEXTS`` by
``tests.families.texts`` and found by key. Every text belongs to one family (the key's prefix
names it) and is used once. Names of people, places and figures are invented; the district
of Sơn Hà, the province of Bắc Hòa and the town of Phú Lâm do not exist.
"""

from __future__ import annotations

TEXTS4: list[tuple[str, str, str, list[str]]] = [
    # --- fx-oldtable: Ủy ban nhân dân huyện Sơn Hà ---------------------------------------
    (
        "sh-duong-lien-xa",
        "Khánh thành tuyến đường liên xã Nà Khương - Tả Phìn",
        "Ngày 4/3, Ủy ban nhân dân huyện Sơn Hà tổ chức lễ khánh thành tuyến đường liên xã Nà "
        "Khương - Tả Phìn dài hơn mười bốn ki-lô-mét, nối trung tâm hai xã vùng cao của huyện.",
        [
            "Tuyến đường được nâng cấp từ đường đất cũ, mặt đường rộng năm mét rưỡi, kết cấu bê "
            "tông xi măng, có hệ thống rãnh thoát nước và cống ngang tại các điểm giao cắt với "
            "khe suối.",
            "Tổng vốn đầu tư gần 42 tỷ đồng từ chương trình mục tiêu quốc gia xây dựng nông thôn "
            "mới và vốn đối ứng của huyện; nhân dân hai xã hiến hơn mười nghìn mét vuông đất để "
            "mở rộng nền đường.",
            "Phát biểu tại buổi lễ, Chủ tịch Ủy ban nhân dân huyện đề nghị chính quyền hai xã "
            "xây dựng quy chế quản lý, bảo trì tuyến đường, không để xe quá tải lưu thông làm hư "
            "hỏng công trình.",
        ],
    ),
    (
        "sh-tiem-chung",
        "Sơn Hà đẩy mạnh tiêm chủng mở rộng cho trẻ em vùng cao",
        "Trung tâm Y tế huyện Sơn Hà vừa triển khai đợt tiêm chủng bổ sung cho hơn một nghìn "
        "hai trăm trẻ dưới năm tuổi tại các thôn, bản xa trung tâm.",
        [
            "Các tổ tiêm chủng lưu động mang theo vắc xin và tủ lạnh bảo quản đến tận nhà văn "
            "hóa thôn, bố trí khám sàng lọc trước tiêm và theo dõi trẻ ít nhất ba mươi phút sau "
            "tiêm.",
            "Cán bộ y tế thôn bản phối hợp với trưởng thôn đến từng hộ gia đình vận động, giải "
            "thích cho cha mẹ về lợi ích của tiêm chủng đầy đủ, đúng lịch.",
        ],
    ),
    (
        "sh-chuyen-doi-cay-trong",
        "Chuyển đổi hơn ba trăm héc-ta đất lúa kém hiệu quả sang trồng cây ăn quả",
        "Năm 2024, huyện Sơn Hà đặt mục tiêu chuyển đổi hơn ba trăm héc-ta đất trồng lúa một vụ "
        "năng suất thấp sang trồng mận, lê và cây dược liệu.",
        [
            "Huyện hỗ trợ giống, phân bón và một phần chi phí làm đất cho các hộ tham gia; cán "
            "bộ khuyến nông hướng dẫn kỹ thuật trồng và chăm sóc theo hướng hữu cơ.",
            "Ở xã Bản Lầu, nhiều hộ sau ba năm chuyển đổi đã có thu nhập gấp bốn lần so với "
            "trồng lúa, trở thành mô hình để các xã khác đến tham quan, học tập.",
            "Phòng Nông nghiệp và Phát triển nông thôn huyện đang phối hợp với các doanh nghiệp "
            "xây dựng vùng nguyên liệu và ký hợp đồng bao tiêu sản phẩm cho nông dân.",
        ],
    ),
    (
        "sh-cai-cach-hanh-chinh",
        "Bộ phận một cửa huyện tiếp nhận hồ sơ trực tuyến toàn trình",
        "Từ tháng 3, Bộ phận tiếp nhận và trả kết quả huyện Sơn Hà tiếp nhận hồ sơ trực tuyến "
        "toàn trình đối với sáu mươi hai thủ tục hành chính thuộc thẩm quyền cấp huyện.",
        [
            "Người dân có thể nộp hồ sơ, theo dõi tiến độ giải quyết và nhận kết quả qua dịch vụ "
            "bưu chính công ích mà không phải đến trụ sở cơ quan nhà nước.",
            "Huyện bố trí công chức hướng dẫn tại chỗ và đường dây hỗ trợ trong giờ hành chính "
            "để giúp người cao tuổi, người dân ở vùng sâu làm quen với dịch vụ công trực tuyến.",
        ],
    ),
    (
        "sh-le-hoi-xuong-dong",
        "Lễ hội xuống đồng của đồng bào Tày xã Nà Khương",
        "Sáng mùng 8 tháng Giêng, đông đảo bà con xã Nà Khương đã tham gia lễ hội xuống đồng, "
        "cầu mong mưa thuận gió hòa, mùa màng bội thu.",
        [
            "Phần lễ gồm nghi thức dâng hương tại miếu thổ công và lễ cày bừa mở đầu mùa vụ do "
            "người cao tuổi có uy tín trong bản thực hiện.",
            "Phần hội diễn ra sôi nổi với các trò chơi dân gian như ném còn, kéo co, đẩy gậy và "
            "các tiết mục hát then, đàn tính của các câu lạc bộ văn nghệ thôn.",
        ],
    ),
    # --- fx-gallery: Trung tâm Văn hóa, Thể thao và Truyền thông thị xã Phú Lâm ------------
    (
        "pl-lien-hoan-dan-ca",
        "Liên hoan dân ca các dân tộc thị xã Phú Lâm lần thứ V",
        "Tối 9/3, tại Quảng trường trung tâm, Trung tâm Văn hóa, Thể thao và Truyền thông thị "
        "xã Phú Lâm khai mạc Liên hoan dân ca các dân tộc lần thứ V.",
        [
            "Liên hoan có mười hai đội đến từ các phường, xã với gần hai trăm diễn viên quần "
            "chúng, biểu diễn những làn điệu dân ca của đồng bào Tày, Dao, Mông và Giáy.",
            "Nhiều tiết mục được các nghệ nhân phục dựng từ những bài hát cổ gần như đã bị lãng "
            "quên, được khán giả đón nhận nhiệt tình.",
            "Ban tổ chức sẽ lựa chọn những tiết mục xuất sắc nhất tham gia liên hoan cấp tỉnh "
            "vào tháng Tư.",
        ],
    ),
    (
        "pl-giai-bong-chuyen",
        "Bế mạc giải bóng chuyền hơi người cao tuổi",
        "Sau ba ngày tranh tài sôi nổi, giải bóng chuyền hơi người cao tuổi thị xã Phú Lâm năm "
        "2024 đã bế mạc chiều 6/3 tại nhà thi đấu đa năng.",
        [
            "Giải thu hút mười bốn đội nam và nữ với hơn một trăm vận động viên, người lớn tuổi "
            "nhất đã bước sang tuổi bảy mươi tư.",
            "Kết quả, đội phường Bình Minh giành giải nhất nội dung nam, đội xã Thanh Lương giành "
            "giải nhất nội dung nữ.",
        ],
    ),
    (
        "pl-thu-vien-luu-dong",
        "Thư viện lưu động đưa sách về các trường vùng khó",
        "Trong tháng Ba, xe thư viện lưu động của thị xã đã đến sáu điểm trường tiểu học ở các "
        "xã vùng khó, mang theo hơn ba nghìn đầu sách.",
        [
            "Tại mỗi điểm, cán bộ thư viện tổ chức đọc sách cùng học sinh, kể chuyện theo tranh "
            "và hướng dẫn các em cách giữ gìn sách.",
            "Sau mỗi chuyến đi, thư viện tặng lại mỗi trường một tủ sách nhỏ để các em tiếp tục "
            "đọc trong giờ ra chơi.",
            "Hoạt động được duy trì từ năm 2019 và được phụ huynh, nhà trường đánh giá cao.",
        ],
    ),
    (
        "pl-ngay-hoi-van-hoa",
        "Ngày hội văn hóa các dân tộc tổ dân phố số 7",
        "Ngày 3/3, tổ dân phố số 7 phường Bình Minh tổ chức ngày hội văn hóa các dân tộc với sự "
        "tham gia của hàng trăm hộ gia đình.",
        [
            "Bà con trưng bày các món ăn truyền thống, trang phục và đồ thủ công của từng dân "
            "tộc trong tổ dân phố.",
            "Ngày hội là dịp để các thế hệ gặp gỡ, giao lưu, góp phần giữ gìn bản sắc văn hóa "
            "trong khu dân cư đô thị.",
        ],
    ),
    (
        "pl-phat-thanh-co-so",
        "Nâng cấp hệ thống truyền thanh cơ sở ứng dụng công nghệ số",
        "Thị xã Phú Lâm vừa hoàn thành nâng cấp hệ thống truyền thanh cơ sở ở tám phường, xã "
        "sang công nghệ truyền thanh qua mạng viễn thông.",
        [
            "Hệ thống mới cho phép biên tập, lập lịch phát và điều khiển từng cụm loa từ xa qua "
            "phần mềm, giảm chi phí vận hành và bảo dưỡng.",
            "Trung tâm Văn hóa, Thể thao và Truyền thông thị xã đã tập huấn cho cán bộ phụ trách "
            "truyền thanh của các phường, xã cách sử dụng hệ thống.",
            "Trong năm nay, thị xã tiếp tục lắp đặt bổ sung hơn sáu mươi cụm loa tại các tổ dân "
            "phố, thôn mới sáp nhập.",
        ],
    ),
    # --- fx-portal-qa: Sở Khoa học và Công nghệ tỉnh Bắc Hòa ------------------------------
    (
        "bh-nhiem-vu-khcn",
        "Nghiệm thu sáu nhiệm vụ khoa học và công nghệ cấp tỉnh",
        "Trong tuần qua, Sở Khoa học và Công nghệ tỉnh Bắc Hòa đã tổ chức hội đồng nghiệm thu "
        "sáu nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện từ năm 2022.",
        [
            "Các nhiệm vụ tập trung vào lĩnh vực nông nghiệp công nghệ cao, bảo tồn nguồn gen cây "
            "dược liệu và ứng dụng công nghệ thông tin trong quản lý đất đai.",
            "Hội đồng đánh giá năm nhiệm vụ đạt yêu cầu, một nhiệm vụ phải bổ sung số liệu thực "
            "nghiệm trước khi nghiệm thu lại.",
            "Sở đề nghị các chủ nhiệm nhiệm vụ sớm chuyển giao kết quả cho địa phương và doanh "
            "nghiệp để ứng dụng vào sản xuất.",
        ],
    ),
    (
        "bh-do-luong",
        "Kiểm định cột đo xăng dầu trước mùa cao điểm",
        "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Bắc Hòa vừa kiểm tra đột xuất hơn bốn mươi "
        "cửa hàng kinh doanh xăng dầu trên địa bàn.",
        [
            "Đoàn kiểm tra tập trung vào tình trạng niêm phong, kẹp chì và sai số của các cột đo; "
            "phát hiện hai cột đo có sai số vượt mức cho phép.",
            "Các cửa hàng vi phạm đã bị lập biên bản, tạm dừng sử dụng cột đo cho đến khi được "
            "hiệu chỉnh và kiểm định lại.",
        ],
    ),
    (
        "bh-khoi-nghiep",
        "Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Bắc Hòa năm 2024",
        "Ngày hội khởi nghiệp đổi mới sáng tạo năm 2024 đã thu hút hơn sáu mươi dự án của học "
        "sinh, sinh viên và doanh nghiệp trẻ trong tỉnh.",
        [
            "Các dự án được trưng bày tại hai khu vực: sản phẩm nông nghiệp, thực phẩm và giải "
            "pháp công nghệ phục vụ đời sống.",
            "Ban giám khảo đã chọn mười dự án vào vòng chung kết, được hỗ trợ tư vấn hoàn thiện "
            "mô hình kinh doanh và kết nối nhà đầu tư.",
            "Dự án sản xuất trà túi lọc từ lá vối của nhóm sinh viên Trường Cao đẳng Cộng đồng "
            "được bình chọn là dự án triển vọng nhất.",
        ],
    ),
    (
        "bh-so-huu-tri-tue",
        "Hỗ trợ đăng ký nhãn hiệu chứng nhận cho mười sản phẩm đặc sản",
        "Năm 2024, Sở Khoa học và Công nghệ hỗ trợ các địa phương xây dựng hồ sơ đăng ký nhãn "
        "hiệu chứng nhận cho mười sản phẩm đặc sản của tỉnh.",
        [
            "Các sản phẩm được lựa chọn gồm cam sành, mật ong bạc hà, chè shan tuyết và gạo nếp "
            "cái hoa vàng ở các huyện phía bắc.",
            "Sở phối hợp với các huyện tập huấn cho hợp tác xã về quy chế sử dụng, quản lý nhãn "
            "hiệu và truy xuất nguồn gốc sản phẩm.",
        ],
    ),
    (
        "bh-an-toan-buc-xa",
        "Kiểm tra an toàn bức xạ tại các cơ sở y tế",
        "Sở Khoa học và Công nghệ vừa kiểm tra việc chấp hành quy định về an toàn bức xạ tại "
        "mười hai cơ sở y tế có sử dụng thiết bị X-quang.",
        [
            "Phần lớn các cơ sở đã có giấy phép tiến hành công việc bức xạ, trang bị liều kế cá "
            "nhân cho nhân viên và thực hiện kiểm định thiết bị đúng hạn.",
            "Đoàn kiểm tra nhắc nhở ba cơ sở chưa cập nhật kế hoạch ứng phó sự cố bức xạ và yêu "
            "cầu khắc phục trong ba mươi ngày.",
        ],
    ),
    # --- fx-townhall: Ủy ban nhân dân phường Đông Tiến ------------------------------------
    (
        "dt-ve-sinh-moi-truong",
        "Phường Đông Tiến ra quân tổng vệ sinh môi trường",
        "Sáng Chủ nhật 3/3, hơn năm trăm cán bộ, đoàn viên và người dân phường Đông Tiến đã "
        "tham gia ra quân tổng vệ sinh môi trường khu dân cư.",
        [
            "Các lực lượng thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh trên các "
            "tuyến phố và khu vực ven kênh.",
            "Phường sẽ duy trì hoạt động này vào ngày Chủ nhật đầu tiên hằng tháng và đưa kết "
            "quả vào tiêu chí bình xét tổ dân phố văn hóa.",
        ],
    ),
    (
        "dt-cap-can-cuoc",
        "Công an phường làm thủ tục cấp căn cước cho người cao tuổi tại nhà",
        "Công an phường Đông Tiến đã đến tận nhà làm thủ tục cấp căn cước cho hơn ba mươi người "
        "cao tuổi, người ốm đau không thể đến trụ sở.",
        [
            "Tổ công tác mang theo máy thu nhận thông tin, chụp ảnh và lấy vân tay ngay tại nhà "
            "người dân, hướng dẫn kích hoạt tài khoản định danh điện tử.",
            "Người dân có nhu cầu được cấp căn cước tại nhà có thể đăng ký với tổ trưởng tổ dân "
            "phố hoặc gọi điện cho công an phường.",
        ],
    ),
    (
        "dt-tuyen-quan",
        "Đông Tiến tổ chức lễ giao nhận quân năm 2024",
        "Sáng 26/2, phường Đông Tiến tổ chức lễ tiễn mười bốn thanh niên lên đường thực hiện "
        "nghĩa vụ quân sự và nghĩa vụ tham gia công an nhân dân.",
        [
            "Trước khi lên đường, các tân binh được lãnh đạo phường tặng quà, động viên và dặn dò "
            "giữ vững truyền thống quê hương.",
            "Đại diện các tân binh hứa sẽ rèn luyện, học tập tốt, hoàn thành xuất sắc nhiệm vụ "
            "được giao.",
        ],
    ),
    (
        "dt-hien-mau",
        "Hơn một trăm đơn vị máu từ ngày hội hiến máu tình nguyện",
        "Ngày hội hiến máu tình nguyện do Hội Chữ thập đỏ phường Đông Tiến tổ chức sáng 20/2 đã "
        "tiếp nhận một trăm mười hai đơn vị máu từ cán bộ, đoàn viên và người dân.",
        [
            "Trước khi hiến máu, các tình nguyện viên được khám sàng lọc, xét nghiệm nhanh và tư "
            "vấn về chế độ ăn uống, nghỉ ngơi sau khi hiến.",
            "Nhiều người đã tham gia hiến máu từ năm lần trở lên, trong đó có những gia đình cả "
            "cha mẹ và con cùng đăng ký tham gia.",
            "Toàn bộ số máu tiếp nhận được chuyển về Ngân hàng máu của Bệnh viện đa khoa tỉnh để "
            "phục vụ công tác cấp cứu, điều trị người bệnh.",
        ],
    ),
    (
        "dt-lop-hoc-boi",
        "Mở lớp dạy bơi miễn phí cho trẻ em trong dịp hè",
        "Phường Đông Tiến phối hợp với Trung tâm Văn hóa, Thể thao thành phố mở hai lớp dạy bơi "
        "miễn phí cho trẻ em từ tám đến mười bốn tuổi.",
        [
            "Mỗi lớp học kéo dài mười buổi, do huấn luyện viên có chứng chỉ hướng dẫn, trang bị "
            "đầy đủ phao và dụng cụ cứu hộ.",
            "Phụ huynh đăng ký cho con tại bộ phận văn hóa - xã hội của phường trước ngày 15/3.",
        ],
    ),
]
