"""Search latency on a synthetic archive of 1,000,000 Vietnamese articles.

    .venv/bin/python -m benchmarks.search_latency                 # build (once) and measure
    .venv/bin/python -m benchmarks.search_latency --articles 50000 --db /tmp/small.db

Builds ``archive.db`` (the real schema, through :func:`archive.db.open_db`) with generated
articles: 20 portals, 2015-2025, 300-800 words each (Vietnamese syllables, as in the
portals), text drawn from a word-bigram chain over the replica's real articles mixed with
sentences built from a Zipf-weighted vocabulary of government-news words, place and person
names, and the phrases of one or two topics per article ("phân giới cắm mốc", "xây dựng nông
thôn mới", ...), so topic words are rare and function syllables ("các", "bo", "dang" once
folded) are as common as in real portals. Rows are written as the product writes them and the
full-text index is built by the library's bulk path (:func:`archive.fts.bulk_index`). Edits,
removals and legal citations are added at realistic rates (:mod:`benchmarks.synthetic_history`:
3% of articles edited, 0.5% removed, 20% citing 1-3 documents of a Zipf-drawn pool); no
``captures`` rows.

Then it reports the index build time, the database size, and p50/p95 latency of
:meth:`archive.Archive.search` (top 20 with snippets) for typical queries: one word, two
words, a phrase, a site and date filter, an author filter, each typed with and without
diacritics; then ``changes`` (a week, a site and month, removals, retitles), ``refs`` (documents
of pool ranks 1, 10, 300, 3000) and ``ref:`` searches. Nothing is
shipped: the archive is generated in a few minutes and reused by later runs (``--db``).
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import random
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from archive import Archive
from archive.db import open_db
from archive.fts import bulk_index, docid
from benchmarks.synthetic_history import (
    EVENT_COLUMNS,
    REF_COLUMNS,
    VERSION_COLUMNS,
    DocumentPool,
    decorate,
    insert_sql,
    timed_queries,
)

SITES = [f"portal-{i:02d}" for i in range(20)]
YEARS = (2015, 2025)
WORDS_MIN, WORDS_MAX = 300, 800
CHUNK = 2000
POOL = 100_000  # general sentences; each topic has POOL // 10

GENERAL = [
    "công",
    "tác",
    "triển",
    "khai",
    "thực",
    "hiện",
    "kế",
    "hoạch",
    "nhiệm",
    "vụ",
    "năm",
    "kết",
    "quả",
    "đạt",
    "được",
    "hội",
    "nghị",
    "tổng",
    "kết",
    "đánh",
    "giá",
    "chỉ",
    "đạo",
    "lãnh",
    "đạo",
    "đồng",
    "chí",
    "Bí",
    "thư",
    "Tỉnh",
    "ủy",
    "Chủ",
    "tịch",
    "Ủy",
    "ban",
    "nhân",
    "dân",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "thị",
    "trấn",
    "cán",
    "bộ",
    "đảng",
    "viên",
    "nhân",
    "dân",
    "phát",
    "triển",
    "kinh",
    "tế",
    "xã",
    "hội",
    "an",
    "ninh",
    "quốc",
    "phòng",
    "chính",
    "quyền",
    "cơ",
    "sở",
    "tổ",
    "chức",
    "chương",
    "trình",
    "dự",
    "án",
    "đầu",
    "tư",
    "nguồn",
    "vốn",
    "ngân",
    "sách",
    "chính",
    "sách",
    "người",
    "dân",
    "doanh",
    "nghiệp",
    "sản",
    "xuất",
    "nông",
    "nghiệp",
    "công",
    "nghiệp",
    "dịch",
    "vụ",
    "thương",
    "mại",
    "du",
    "lịch",
    "giáo",
    "dục",
    "y",
    "tế",
    "văn",
    "hóa",
    "thể",
    "thao",
    "môi",
    "trường",
    "tài",
    "nguyên",
    "đất",
    "đai",
    "quy",
    "hoạch",
    "xây",
    "dựng",
    "giao",
    "thông",
    "hạ",
    "tầng",
    "thông",
    "tin",
    "truyền",
    "thông",
    "tuyên",
    "truyền",
    "vận",
    "động",
    "phong",
    "trào",
    "thi",
    "đua",
    "khen",
    "thưởng",
    "kỷ",
    "luật",
    "kiểm",
    "tra",
    "giám",
    "sát",
    "thanh",
    "tra",
    "phòng",
    "chống",
    "tham",
    "nhũng",
    "lãng",
    "phí",
    "cải",
    "cách",
    "hành",
    "chính",
    "chuyển",
    "đổi",
    "số",
    "ứng",
    "dụng",
    "công",
    "nghệ",
    "trực",
    "tuyến",
    "hồ",
    "sơ",
    "thủ",
    "tục",
    "giải",
    "quyết",
    "khiếu",
    "nại",
    "tố",
    "cáo",
    "tiếp",
    "công",
    "dân",
    "đại",
    "biểu",
    "Quốc",
    "hội",
    "Hội",
    "đồng",
    "nhân",
    "dân",
    "kỳ",
    "họp",
    "nghị",
    "quyết",
    "quyết",
    "định",
    "chỉ",
    "thị",
    "kết",
    "luận",
    "thông",
    "báo",
    "văn",
    "bản",
    "hướng",
    "dẫn",
    "quy",
    "định",
    "pháp",
    "luật",
    "tăng",
    "cường",
    "nâng",
    "cao",
    "hiệu",
    "quả",
    "chất",
    "lượng",
    "đẩy",
    "mạnh",
    "đổi",
    "mới",
    "sáng",
    "tạo",
    "bền",
    "vững",
    "an",
    "toàn",
    "ổn",
    "định",
    "đoàn",
    "kết",
    "dân",
    "chủ",
    "kỷ",
    "cương",
    "trách",
    "nhiệm",
]

TOPICS = {
    "biên giới": "phân giới cắm mốc|mốc quốc giới|đường biên giới|Bộ đội Biên phòng|đồn biên "
    "phòng|cửa khẩu quốc tế|tuần tra song phương|khu vực biên giới|chủ quyền lãnh thổ",
    "nông thôn": "xây dựng nông thôn mới|tiêu chí nông thôn mới|xã đạt chuẩn|hợp tác xã|sản "
    "phẩm OCOP|chuyển dịch cơ cấu cây trồng|giảm nghèo bền vững|thu nhập bình quân",
    "đảng": "Đảng bộ tỉnh|Ban Chấp hành Đảng bộ|chi bộ|kết nạp đảng viên|Huy hiệu Đảng|công "
    "tác xây dựng Đảng|Ban Thường vụ Tỉnh ủy|nghị quyết Đại hội|học tập và làm theo",
    "y tế": "phòng chống dịch|tiêm chủng vắc xin|bệnh viện đa khoa|trạm y tế xã|bảo hiểm y "
    "tế|khám chữa bệnh|an toàn thực phẩm|sốt xuất huyết",
    "giáo dục": "năm học mới|học sinh giỏi|kỳ thi tốt nghiệp|trường phổ thông dân tộc nội trú|"
    "giáo viên|cơ sở vật chất trường học|phổ cập giáo dục",
    "du lịch": "Sa Pa|khách du lịch|lễ hội|danh lam thắng cảnh|homestay|Fansipan|văn hóa "
    "các dân tộc|chợ phiên Bắc Hà",
    "thiên tai": "mưa lũ|sạt lở đất|lũ quét|khắc phục hậu quả|phòng chống thiên tai|tìm kiếm "
    "cứu nạn|hỗ trợ người dân bị thiệt hại|rét đậm rét hại",
    "kinh tế": "thu hút đầu tư|thu ngân sách|tăng trưởng kinh tế|khu công nghiệp|xuất nhập "
    "khẩu|giải ngân vốn đầu tư công|doanh nghiệp vừa và nhỏ|kim ngạch",
    "quốc phòng": "diễn tập khu vực phòng thủ|giao quân|nghĩa vụ quân sự|dân quân tự vệ|"
    "Bộ Chỉ huy Quân sự tỉnh|hậu phương quân đội|an ninh trật tự",
    "chuyển đổi số": "chính quyền số|dịch vụ công trực tuyến|cơ sở dữ liệu|định danh điện tử|"
    "thanh toán không dùng tiền mặt|hạ tầng số|công dân số",
    "dân tộc": "đồng bào dân tộc thiểu số|người có uy tín|chính sách dân tộc|vùng đặc biệt "
    "khó khăn|Mông|Dao|Tày|Giáy|Hà Nhì",
    "tư pháp": "phổ biến giáo dục pháp luật|hòa giải ở cơ sở|trợ giúp pháp lý|xét xử lưu động|"
    "tội phạm ma túy|buôn bán người",
}
PLACES = [
    "Lào Cai",
    "Bát Xát",
    "Mường Khương",
    "Si Ma Cai",
    "Bắc Hà",
    "Bảo Thắng",
    "Bảo Yên",
    "Văn Bàn",
    "Sa Pa",
    "Y Tý",
    "A Mú Sung",
    "Trịnh Tường",
    "Bản Vược",
    "Cốc Lếu",
    "Kim Tân",
    "Bình Minh",
    "Yên Bái",
    "Hà Giang",
    "Lai Châu",
    "Điện Biên",
    "Hà Nội",
    "Vân Nam",
    "Hà Khẩu",
    "Kim Thành",
    "Tả Phời",
    "Cam Đường",
    "Phố Lu",
    "Phong Hải",
    "Nậm Chảy",
    "Pha Long",
]
FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Giàng",
    "Sùng",
    "Lò",
]
MIDDLE = [
    "Văn",
    "Thị",
    "Đức",
    "Minh",
    "Quang",
    "Thu",
    "Hồng",
    "Ngọc",
    "Xuân",
    "Thanh",
    "Hữu",
    "Mạnh",
]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hùng",
    "Hương",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Phong",
    "Quân",
    "Sơn",
    "Thắng",
    "Thảo",
    "Trang",
    "Tuấn",
    "Vân",
    "Yến",
    "Chính",
    "Hiếu",
    "Khánh",
    "Linh",
    "Nga",
    "Oanh",
    "Phúc",
    "Quý",
    "Tâm",
    "Toàn",
    "Việt",
]
UNITS = ("Phòng Tổng hợp", "Ban Tuyên giáo", "Trung tâm Truyền thông", "Văn phòng Tỉnh ủy")


class Corpus:
    """Deterministic generator of Vietnamese news articles (see the module docstring)."""

    def __init__(self, seed: int = 0) -> None:
        from benchmarks.sitegen import _corpus

        self.rng = random.Random(seed)
        chain = _corpus()[0]
        rng = random.Random(f"corpus:{seed}")
        self.chain_sentences = [chain.sentence(rng) for _ in range(20_000)]
        vocab = list(dict.fromkeys(GENERAL + [w.strip(".,;:()") for w in chain.words]))
        vocab = [w for w in vocab if w]
        rng.shuffle(vocab)
        self.vocab = vocab
        self.cum_weights = list(_cumulative([1 / (rank + 1) ** 0.9 for rank in range(len(vocab))]))
        self.topics = {name: phrases.split("|") for name, phrases in TOPICS.items()}
        self.topic_names = list(self.topics)
        self.topic_weights = list(_cumulative([1 / (i + 1) for i in range(len(self.topic_names))]))
        self.authors = [f"{f} {m} {g}" for f in FAMILY for m in MIDDLE for g in GIVEN]
        self._pools()

    def sentence(self, topics: list[str]) -> str:
        """One sentence: a chain sentence or a Zipf draw, with topic phrases or places."""
        rng = self.rng
        if rng.random() < 0.5:
            words = self.chain_sentences[int(rng.random() * len(self.chain_sentences))].split()
        else:
            words = rng.choices(self.vocab, cum_weights=self.cum_weights, k=rng.randint(8, 28))
        for _ in range(rng.choice((0, 1, 1, 2)) if topics else 0):
            extra = rng.choice(topics) if rng.random() < 0.7 else rng.choice(PLACES)
            words.insert(rng.randrange(len(words) + 1), extra)
        if rng.random() < 0.15:
            words.append(f"ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(*YEARS)}")
        text = " ".join(words).rstrip(".,")
        return text[:1].upper() + text[1:] + "."

    def _pools(self) -> None:
        """Sentence pools drawn from by :meth:`article` (a pool pick costs ~1 µs)."""
        self.general = [self.sentence([]) for _ in range(POOL)]
        self.topical = {name: [self.sentence(phrases) for _ in range(POOL // 10)]
                        for name, phrases in self.topics.items()}  # fmt: skip

    def article(self, index: int) -> dict[str, object]:
        rng = self.rng
        names = rng.choices(self.topic_names, cum_weights=self.topic_weights, k=rng.choice((1, 2)))
        pools = [self.topical[n] for n in names]
        general, rand = self.general, rng.random

        def pick() -> str:
            pool = pools[int(rand() * len(pools))] if rand() < 0.3 else general
            return pool[int(rand() * len(pool))]

        title_words = [rng.choice(("Tăng cường", "Triển khai", "Hội nghị", "Đẩy mạnh", "Kiểm tra")),
                       rng.choice(self.topics[names[0]]), rng.choice(("tại", "ở", "năm")),
                       rng.choice(PLACES + [str(y) for y in range(*YEARS)])]  # fmt: skip
        lead = pick() + " " + pick()
        target = rng.randint(WORDS_MIN, WORDS_MAX)
        paragraphs: list[str] = []
        count = lead.count(" ") + 1
        while count < target:
            paragraph = " ".join(pick() for _ in range(rng.randint(2, 6)))
            paragraphs.append(paragraph)
            count += paragraph.count(" ") + 1
        author = rng.choice(self.authors) if rng.random() < 0.65 else None
        if author:
            paragraphs.append(f"{author} – {rng.choice(UNITS)}.")
        year = rng.randint(*YEARS)
        published = (
            f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
            f"{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}:00+07:00"
        )
        site = SITES[index % len(SITES)]
        return {
            "id": index + 1,
            "site_id": site,
            "url": f"https://{site}.gov.vn/tin-tuc/{index + 1}.html",
            "title": " ".join(title_words),
            "published_at": published,
            "date_precision": "minute",
            "author": author,
            "lead": lead,
            "body": "\n\n".join(paragraphs),
            "word_count": count,
            "first_seen": "2026-01-01T00:00:00Z",
            "last_seen": "2026-01-01T00:00:00Z",
        }


def _cumulative(weights: list[float]) -> Iterator[float]:
    total = 0.0
    for weight in weights:
        total += weight
        yield total


_ARTICLE_COLUMNS = ("id", "site_id", "url", "title", "published_at", "date_precision", "author",
                    "lead", "body", "word_count", "first_seen", "last_seen", "content_hash",
                    "fts_docid", "current_version", "removed_at")  # fmt: skip

Rows = list[tuple[object, ...]]


def _chunk(args: tuple[int, int, int]) -> tuple[Rows, Rows, Rows, Rows]:
    """Generate the ``articles``, ``article_versions``, ``article_events`` and
    ``document_refs`` rows of articles [start, stop) (runs in a worker)."""
    start, stop, seed = args
    corpus = _CORPUS.get(seed) or _CORPUS.setdefault(seed, Corpus(seed))
    pool = _POOL.get(seed) or _POOL.setdefault(seed, DocumentPool(seed))
    corpus.rng.seed(f"{seed}:{start}")
    rows: Rows = []
    versions: Rows = []
    events: Rows = []
    refs: Rows = []
    for index in range(start, stop):
        a = corpus.article(index)
        a["current_version"], a["removed_at"] = 1, None
        v, e, r = decorate(a, corpus.rng, pool)
        versions += v
        events += e
        refs += r
        a["content_hash"] = hashlib.sha256(str(a["body"]).encode()).hexdigest()
        # set with the row, as the product's writer does (archive.fts.index_article)
        a["fts_docid"] = docid(a["site_id"], a["published_at"], a["id"])
        rows.append(tuple(a[c] for c in _ARTICLE_COLUMNS))
    return rows, versions, events, refs


_CORPUS: dict[int, Corpus] = {}
_POOL: dict[int, DocumentPool] = {}


def build(db_path: Path, n_articles: int, seed: int = 0) -> dict[str, float]:
    """Generate the archive at ``db_path``; return timings (seconds) and its size (bytes).

    The database is opened and written as the product does (:func:`archive.db.open_db`:
    WAL, ``synchronous=NORMAL``): the article rows are inserted one transaction per
    chunk, then the index is built by the library's bulk path,
    :func:`archive.fts.bulk_index` (what a rebuild, an import and migration
    ``0007_fts_docids`` use).
    """
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db = open_db(db_path)
    for site in SITES:
        db.execute("INSERT INTO sites (id, name, base_url) VALUES (?, ?, ?)",
                   [site, site, f"https://{site}.gov.vn/"])  # fmt: skip
    db.conn.commit()
    insert_article = (
        f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})"
    )
    jobs = [(s, min(s + CHUNK, n_articles), seed) for s in range(0, n_articles, CHUNK)]
    started = time.perf_counter()
    insert_seconds = 0.0
    processes = max(1, (os.cpu_count() or 2) - 1)
    inserts = [insert_sql("article_versions", VERSION_COLUMNS),
               insert_sql("article_events", EVENT_COLUMNS), insert_sql("document_refs", REF_COLUMNS)]  # fmt: skip
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        for done, (rows, *history) in enumerate(pool.imap(_chunk, jobs), 1):
            t = time.perf_counter()
            with db.conn:
                db.conn.executemany(insert_article, rows)
                for sql, extra in zip(inserts, history, strict=True):
                    db.conn.executemany(sql, extra)
            insert_seconds += time.perf_counter() - t
            if done % 50 == 0:
                print(f"  {done * CHUNK:>9,} articles  {time.perf_counter() - started:6.0f}s",
                      flush=True)  # fmt: skip
    loaded = time.perf_counter()
    bulk_index(db)
    indexed = time.perf_counter()
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {
        "load_s": loaded - started,
        "insert_s": insert_seconds,
        "index_s": indexed - loaded,
        "total_s": time.perf_counter() - started,
        "db_bytes": db_path.stat().st_size,
    }


#: (label, query, filters); each query appears typed with and without diacritics.
QUERIES: list[tuple[str, str, dict[str, Any]]] = [
    ("one word", "biên", {}),
    ("one word", "bien", {}),
    ("one rare word", "Fansipan", {}),
    ("one rare word", "fansipan", {}),
    ("two words", "Đảng bộ", {}),
    ("two words", "dang bo", {}),
    ("two words", "biên giới", {}),
    ("two words", "bien gioi", {}),
    ("phrase", '"phân giới cắm mốc"', {}),
    ("phrase", '"phan gioi cam moc"', {}),
    ("phrase", '"nông thôn mới"', {}),
    ("phrase", '"nong thon moi"', {}),
    ("site + dates", "sạt lở", {"site": "portal-03", "since": "2020-01-01", "until": "2022-12-31"}),
    ("site + dates", "sat lo", {"site": "portal-03", "since": "2020-01-01", "until": "2022-12-31"}),
    ("site + dates", "dang bo", {"site": "portal-07", "since": "2023-01", "until": "2023-06"}),
    ("site + dates", "Đảng bộ", {"site": "portal-07", "since": "2023-01", "until": "2023-06"}),
    ("author", "Đảng bộ", {"author": "Võ Minh Yến"}),
    ("author", "dang bo", {"author": "vo minh yen"}),
    ("boolean", "lũ quét OR sạt lở NOT mưa", {}),
    ("boolean", "lu quet OR sat lo NOT mua", {}),
    ("prefix", "chuyển đổi s*", {}),
    ("prefix", "chuyen doi s*", {}),
]


def measure(
    db_path: Path, repeats: int = 5
) -> list[tuple[str, str, dict[str, str], list[float], int]]:
    """Run every query ``repeats`` times (after one warm-up); return latencies in ms."""
    results = []
    with Archive(db_path) as archive:
        for label, query, filters in QUERIES:
            hits = archive.search(query, limit=20, **filters)  # warm-up
            times = []
            for _ in range(repeats):
                t = time.perf_counter()
                archive.search(query, limit=20, **filters)
                times.append((time.perf_counter() - t) * 1000)
            results.append((label, query, filters, times, len(hits)))
    return results


def measure_history(
    db_path: Path, repeats: int = 5
) -> list[tuple[str, str, dict[str, Any], list[float], int]]:
    """Time the ``changes``, ``refs`` and ``ref:`` search calls of
    :func:`benchmarks.synthetic_history.timed_queries` like :func:`measure` (top 20 for
    searches, the default page of 100 for the others); the count is what the call gave
    (changes, citing articles in total, hits)."""
    results = []
    with Archive(db_path) as archive:
        for label, method, kwargs in timed_queries(DocumentPool(0)):
            call = getattr(archive, method)
            extra = {"limit": 20} if method == "search" else {}

            def run(call: Any = call, kwargs: dict[str, Any] = kwargs, extra: dict[str, Any] = extra) -> Any:
                return call(**kwargs, **extra)

            found = run()  # warm-up
            count = found.total if method == "refs" else len(found)
            times = []
            for _ in range(repeats):
                t = time.perf_counter()
                run()
                times.append((time.perf_counter() - t) * 1000)
            results.append((label, method, kwargs, times, count))
    return results


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/govarchive-bench/archive.db"))
    parser.add_argument("--rebuild", action="store_true", help="build even if --db exists")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--queries", choices=("all", "search", "history"), default="all",
                        help="search queries, changes/refs queries, or both")  # fmt: skip
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not args.db.exists():
        print(f"building {args.articles:,} articles into {args.db} ...", flush=True)
        built = build(args.db, args.articles)
        print(f"load {built['load_s']:.0f}s (inserts {built['insert_s']:.0f}s), "
              f"full-text index {built['index_s']:.0f}s, total {built['total_s']:.0f}s, "
              f"database {built['db_bytes'] / 1e9:.2f} GB")  # fmt: skip
    else:
        print(f"reusing {args.db} ({args.db.stat().st_size / 1e9:.2f} GB); --rebuild to rebuild")
    if args.repeats == 0:
        return
    if args.queries in ("all", "search"):
        report_search(args.db, args.repeats)
    if args.queries in ("all", "history"):
        report_history(args.db, args.repeats)


def report_history(db: Path, repeats: int) -> None:
    results = measure_history(db, repeats)
    print(f"\n{'changes / refs query':<36} {'found':>6} {'p50 ms':>7} {'p95 ms':>7}")
    groups: dict[str, list[float]] = {}
    for label, method, _, times, count in results:
        groups.setdefault(method, []).extend(times)
        print(f"{label:<36} {count:>6} {statistics.median(times):7.1f} {percentile(times, 95):7.1f}")
    for method, times in groups.items():
        print(f"{method}: p50 {statistics.median(times):.1f} ms, p95 {percentile(times, 95):.1f} ms "
              "(target p95 < 100 ms)")  # fmt: skip


def report_search(db: Path, repeats: int) -> None:
    results = measure(db, repeats)
    every: list[float] = []
    print(f"\n{'query':<46} {'filters':<34} {'hits':>4} {'p50 ms':>7} {'p95 ms':>7}")
    for label, query, filters, times, hits in results:
        every += times
        shown = ",".join(f"{k}={v}" for k, v in filters.items())
        print(f"{label + ': ' + query:<46} {shown:<34} {hits:>4} "
              f"{statistics.median(times):7.1f} {percentile(times, 95):7.1f}")  # fmt: skip
    print(f"\nall queries: p50 {statistics.median(every):.1f} ms, p95 {percentile(every, 95):.1f} ms "
          f"(target p95 < 100 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
