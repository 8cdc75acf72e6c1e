"""Export every document of the demo workspace in both languages, convert to PDF and to page PNGs.

For looking at what a client receives, page by page:

    python tools/docs_to_png.py --out /tmp/docs            # all four documents, en and zh_CN
    python tools/docs_to_png.py --out /tmp/docs --kinds spec --dpi 70

Needs LibreOffice (soffice) and poppler (pdftoppm); uses the installed consultdesk-cli next to this
interpreter. Prints one line per page image written.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KINDS = ("spec", "summary", "diagnosis", "dispute")
LANGS = ("en", "zh_CN")


def cli() -> str:
    beside = Path(sys.executable).with_name("consultdesk-cli")
    return str(beside) if beside.exists() else "consultdesk-cli"


def run(args: list[str]) -> None:
    done = subprocess.run(args, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, help="an existing workspace (default: a fresh demo one)")
    parser.add_argument("--client", default="")
    parser.add_argument("--engagement", default="")
    parser.add_argument("--kinds", nargs="*", default=list(KINDS))
    parser.add_argument("--langs", nargs="*", default=list(LANGS))
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--sheet", type=int, default=0, metavar="N",
                        help="also paste the pages N to a row into sheet-<kind>-<lang>.png")
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftoppm"):
        print("Needs LibreOffice (soffice) and poppler-utils (pdftoppm).", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = args.data_dir
    if data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="consultdesk-docs-"))
        run([cli(), "--data-dir", str(data_dir), "demo"])
    client = args.client or _first(data_dir, "client")
    engagement = args.engagement or _first(data_dir, "engagement")
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    for kind in args.kinds:
        for lang in args.langs:
            docx = args.out / f"{kind}-{lang}.docx"
            run([cli(), "--data-dir", str(data_dir), "export", kind, "--client", client, "--engagement", engagement,
                 "--out", str(docx), "--lang", lang])
            run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                 "--outdir", str(args.out), str(docx)])
            pdf = docx.with_suffix(".pdf")
            run(["pdftoppm", "-png", "-r", str(args.dpi), str(pdf), str(args.out / f"{kind}-{lang}")])
            pages = sorted(args.out.glob(f"{kind}-{lang}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
            for png in pages:
                print(png)
            if args.sheet:
                print(_sheet(pages, args.out / f"sheet-{kind}-{lang}.png", args.sheet))
    return 0


def _sheet(pages: list[Path], target: Path, per_row: int) -> Path:
    from PIL import Image  # pillow comes with matplotlib

    images = [Image.open(p) for p in pages]
    w = max(i.width for i in images)
    h = max(i.height for i in images)
    rows = (len(images) + per_row - 1) // per_row
    sheet = Image.new("RGB", (w * min(per_row, len(images)), h * rows), "white")
    for n, image in enumerate(images):
        sheet.paste(image, ((n % per_row) * w, (n // per_row) * h))
    sheet.save(target)
    return target


def _first(data_dir: Path, what: str) -> str:
    import json

    done = subprocess.run([cli(), "--data-dir", str(data_dir), "list", "--json"], capture_output=True, text=True)
    clients = json.loads(done.stdout)["clients"]
    for c in clients:
        for e in c["engagements"]:
            if e["requirements"]:
                return c["name"] if what == "client" else e["name"]
    raise SystemExit("The workspace has no engagement with requirements.")


if __name__ == "__main__":
    sys.exit(main())
