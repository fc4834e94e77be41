"""Article texts of the fresh-M families (issue 10, round 19: publication date conventions),
written by hand (NFC). Same shape as ``texts2``: (key, title, lead, paragraphs), appended to
``TEXTS`` by ``tests.families.texts`` and found by key. The English texts are the English
copy of a province's portal (``freshm_english``); the two Vietnamese ones are an event whose
text names many days (none of them the publication's) and a post announcing a document whose
issue day is not the post's. Names of people and places are invented.
"""

from __future__ import annotations

TEXTS_FRESHM: list[tuple[str, str, str, list[str]]] = [
    ("fm-en-investment", "Lam Binh calls for investment in high-tech agriculture", (
        "The Lam Binh Provincial People's Committee introduced twenty-four projects in high-tech "
        "agriculture and agro-processing to more than one hundred and fifty investors at a "
        "conference in the provincial capital."
    ), [
        "The projects cover fruit growing, medicinal herbs under forest canopy, clean vegetables "
        "and cold storage, with a total investment of about 3,200 billion VND.",
        "The province offers land rent exemptions for up to eleven years and supports the cost "
        "of training workers and building roads to the project sites.",
        "Six investors signed memoranda of understanding at the conference, mostly for dairy "
        "farming and fruit processing.",
    ]),
    ("fm-en-bridge", "Con Ngang bridge opens to traffic, linking two island communes", (
        "The 620-metre Con Ngang bridge over the Hau Giang branch was opened to traffic, ending "
        "the isolation of two island communes of Tan Phu district."
    ), [
        "Built in twenty-six months with a total investment of 410 billion VND, the bridge is "
        "twelve metres wide and carries vehicles of up to thirty tonnes.",
        "Before the bridge, about nine thousand residents depended on two small ferries, which "
        "stopped running in strong winds and during high tides.",
        "The district will now upgrade the roads on both islands so that farm produce can reach "
        "the markets of the province more quickly.",
    ]),
    ("fm-en-vaccination", "More than 12,000 children vaccinated against measles in spring campaign", (
        "The provincial Centre for Disease Control said that more than twelve thousand children "
        "aged one to five received a measles and rubella vaccine during the spring campaign."
    ), [
        "Mobile teams visited remote villages where families live far from commune health "
        "stations, and vaccinated children at schools and cultural houses.",
        "The coverage rate reached ninety-seven per cent, the highest in five years, according "
        "to the centre's director.",
        "Parents whose children missed the campaign can bring them to any commune health station "
        "on the twenty-fifth of each month.",
    ]),
    ("fm-en-tourism", "Lam Binh welcomes 180,000 visitors during the Lunar New Year holiday", (
        "The province received about one hundred and eighty thousand visitors during the nine-day "
        "Lunar New Year holiday, up twenty per cent on last year."
    ), [
        "The most visited places were the Ba Ngoi pagoda, the Pa Hoc market and the terraced "
        "fields of Nam Ty, where homestays were fully booked.",
        "Revenue from tourism was estimated at 260 billion VND, with community tourism villages "
        "earning more than ever before.",
        "The provincial Department of Culture, Sports and Tourism asked hotels and restaurants to "
        "list their prices publicly and to keep them stable during the festival season.",
    ]),
    ("fm-en-digital", "Citizens can now pay land tax online through the public service portal", (
        "From this month, households and businesses in Lam Binh can pay land use tax and "
        "registration fees online through the national public service portal."
    ), [
        "Payments can be made with a bank account, an e-wallet or a QR code, and receipts are "
        "sent by e-mail and text message.",
        "The provincial tax department has trained officials in every commune to help elderly "
        "residents create accounts and make their first payment.",
        "The province aims for seventy per cent of land tax payments to be made online by the "
        "end of the year.",
    ]),
    ("fm-en-forest", "Forest rangers step up patrols as the dry season begins", (
        "The Lam Binh Forest Protection Department has put its forest fire prevention plan on the "
        "highest alert level as the dry season begins in the western districts."
    ), [
        "Rangers and local militia patrol the pine forests of Nam Ty and Ta Lao every day, and "
        "watchtowers are staffed around the clock.",
        "Households living near the forest have signed pledges not to burn fields or use fire in "
        "the forest during the dry months.",
        "The department has also set up fourteen teams with fire pumps and blowers that can reach "
        "any forest area within two hours.",
    ]),
    ("fm-hoi-thi-van-nghe", "Hội thi văn nghệ quần chúng các xã, thị trấn năm 2024", (
        "Ủy ban nhân dân huyện Đông Lạc tổ chức Hội thi văn nghệ quần chúng các xã, thị trấn năm "
        "2024 từ ngày 20/3 đến ngày 25/3/2024 tại Nhà văn hóa huyện."
    ), [
        "Các đơn vị đăng ký dự thi trước ngày 15/3/2024; ban tổ chức họp bốc thăm thứ tự biểu "
        "diễn vào sáng ngày 18/3/2024.",
        "Mỗi đội trình bày ba tiết mục gồm hát, múa và một tiết mục dân ca của địa phương, thời "
        "lượng không quá hai mươi lăm phút.",
        "Hội thi năm trước, tổ chức ngày 14/4/2023, có mười một đội tham gia; năm nay dự kiến có "
        "mười lăm đội với hơn ba trăm diễn viên quần chúng.",
        "Lễ tổng kết và trao giải sẽ diễn ra vào tối ngày 25/3/2024.",
    ]),
    ("fm-van-ban-ho-tro", "Ban hành quy định hỗ trợ phát triển sản xuất nông nghiệp hàng hóa", (
        "Ủy ban nhân dân huyện Đông Lạc vừa ban hành quy định hỗ trợ phát triển sản xuất nông "
        "nghiệp hàng hóa tập trung giai đoạn 2024 - 2026."
    ), [
        "Theo quy định, hộ gia đình và hợp tác xã liên kết sản xuất trên diện tích từ năm héc-ta "
        "trở lên được hỗ trợ năm mươi phần trăm chi phí giống và vật tư trong vụ đầu.",
        "Các tổ chức đầu tư nhà lưới, nhà màng được hỗ trợ tối đa ba trăm triệu đồng cho mỗi dự "
        "án, ưu tiên sản xuất rau an toàn và hoa.",
        "Phòng Nông nghiệp và Phát triển nông thôn huyện là đầu mối tiếp nhận hồ sơ và hướng dẫn "
        "các xã triển khai.",
    ]),
]
