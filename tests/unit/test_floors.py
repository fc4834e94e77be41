"""The house rules that code review alone would let slip: the floors and where SQL lives.

Floors (docs/architecture.md): config -> archive -> pipelines -> crawler, each importing only
the floors below it, and storage and extraction free of Scrapy: the import-linter contracts
in pyproject.toml, checked here with ``lint-imports`` so that a back-import fails the suite.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SQL = re.compile(
    r"\b(SELECT\b.+\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(TABLE|INDEX|VIEW)|PRAGMA)\b",
    re.DOTALL,  # upper-case keywords, as every SQL string of the project writes them
)
#: Datasette's canned queries and facets are SQL by nature: the web UI runs them (its
#: plugin is a presentation of the archive, not crawl state).
SQL_ALLOWED = ("crawler/datasette_plugin/",)


def test_the_floors_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint), "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def sql_strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if SQL.search(node.value) and not _is_docstring(tree, node):
                found.append((node.lineno, node.value[:60]))
    return found


def _is_docstring(tree: ast.AST, constant: ast.Constant) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and body[0].value is constant:
                return True
    return False


def test_no_sql_in_the_crawler() -> None:
    """Crawl state is the archive's (archive/recorder.py): the crawler floor holds no SQL."""
    found = {
        str(path.relative_to(ROOT)): hits
        for path in sorted((ROOT / "crawler").rglob("*.py"))
        if not str(path.relative_to(ROOT)).startswith(SQL_ALLOWED) and (hits := sql_strings(path))
    }
    assert not found, f"SQL outside archive/: {found}"


def test_the_sql_check_finds_sql() -> None:
    assert SQL.search("SELECT id FROM captures WHERE url = ?")
    assert SQL.search("UPDATE crawls SET log_file = ? WHERE id = ?")
    assert not SQL.search("Select the articles to re-check from the archive")


def test_a_crawl_process_starts_without_extraction() -> None:
    """The crawl's modules (the CLI, the spider, the item pipeline and the ingestor) leave
    extraction's imports (trafilatura, the classifiers, the page reader, the inference) to
    the workers, which import them: a crawl process with workers never runs them, and paid
    about 0.15 s of CPU for them before its first request (issue 12). A site model a worker
    sends back is unpickled without them (its class is in ``pipelines.inference.modeldata``;
    ``infer`` is imported when asked for)."""
    code = (
        "import sys\n"
        "import crawler.cli, crawler.cli.crawl, crawler.run, crawler.spiders.portal\n"
        "import pipelines.item, pipelines.pool\n"
        "import pickle\n"
        "from pipelines.inference import SiteModel\n"
        "pickle.loads(pickle.dumps(SiteModel(pages=3)))  # a model back from a worker\n"
        "heavy = {'trafilatura', 'pipelines.extract', 'pipelines.classify', 'pipelines.page',\n"
        "         'pipelines.inference.model', 'pipelines.inference.sample'}\n"
        "print(sorted(m for m in sys.modules if m in heavy or m.rpartition('.')[0] in heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    assert out.strip() == "[]", out


def test_a_crawl_loads_no_disabled_scrapy_extension() -> None:
    """Scrapy imports every extension on its list to ask whether it is enabled: the remote
    control (off in the settings) imported aiohttp into every crawl process, about 0.1 s of
    CPU (issue 12). The project's list leaves it and the telnet console out."""
    from scrapy.extension import ExtensionManager
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    loaded = ExtensionManager._get_mwlist_from_settings(settings)  # noqa: SLF001
    assert "crawler.session.ArchiveSessionExtension" in loaded
    assert "scrapy.extensions.corestats.CoreStats" in loaded
    assert not [x for x in loaded if "remote_control" in x or "telnet" in x]
