"""Builds the docs site's articles from the repository README, so the site cannot drift from it.

Every `## ` section of README.md becomes docs/site/articles/<slug>.md (headings raised one level), listed in
articles/toc.yml in README order; links between sections are rewritten to the article holding the anchor, and links
to other repository files point at the repository. index.md is index.template.md with the README's introduction
and quick start put in. Run by docs/site/build.sh (and so by .ci/run); the generated files are not committed.
Usage: python3 docs/site/generate.py [repository URL]
"""
import re
import shutil
import sys
from pathlib import Path

SITE = Path(__file__).resolve().parent
ROOT = SITE.parent.parent
REPOSITORY = ((sys.argv[1] if len(sys.argv) > 1 else "") or "https://github.com/dynamo-repositories/Dynamo.Repositories").rstrip("/")

# Article names for the README's sections; a section not listed gets a slug of its title.
SLUGS = {
    "Quick start": "getting-started",
    "Configuration reference": "configuration",
    "Mapping reference": "mapping",
    "Testing your code": "testing",
    "Unit of Work": "unit-of-work",
}
SKIPPED = {"Contents"}  # the README's own navigation: the site has a table of contents


def anchor(title):
    """GitHub's (and docfx's) heading id: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", title.strip()).lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def split(readme):
    """Returns the introduction and the (title, lines) of each level-2 section, ignoring headings in code blocks."""
    intro, sections, current, fenced = [], [], None, False
    for line in readme.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("## "):
            current = (line[3:].strip(), [])
            sections.append(current)
            continue
        (current[1] if current else intro).append(line)
    return intro, sections


def raise_headings(lines):
    fenced, result = False, []
    for line in lines:
        if line.startswith("```"):
            fenced = not fenced
        result.append(line[1:] if not fenced and re.match(r"#{3,6} ", line) else line)
    return result


def rewrite_links(text, here, anchors):
    def replace(match):
        image, label, target = match.group(1), match.group(2), match.group(3)
        if image and not re.match(r"^[a-z]+:", target):
            # An image of the repository (e.g. the benchmark chart) is copied into the site, so the page shows it.
            source = ROOT / target
            if not source.is_file():
                raise SystemExit(f"README image not found: {target}")
            (SITE / "images").mkdir(exist_ok=True)
            shutil.copyfile(source, SITE / "images" / source.name)
            return f"![{label}]({'' if here == 'index' else '../'}images/{source.name})"
        if target.startswith("#"):
            article = anchors.get(target[1:])
            if article is None:
                raise SystemExit(f"README link to a missing heading: {target}")
            if article == here:
                return f"[{label}]({target})"
            # A link to a whole section goes to its article; a link to a heading inside one keeps the fragment.
            whole = anchors.get("#" + target[1:]) == article
            return f"[{label}]({article}.md{'' if whole else target})"
        if re.match(r"^[a-z]+:", target):
            return match.group(0)
        return f"[{label}]({REPOSITORY}/blob/main/{target})"

    return re.sub(r"(!?)\[([^\]]+)\]\(([^)\s]+)\)", replace, text)


def main():
    intro, sections = split((ROOT / "README.md").read_text(encoding="utf-8"))
    sections = [(title, lines) for title, lines in sections if title not in SKIPPED]
    slugs = {title: SLUGS.get(title, anchor(title)) for title, _ in sections}

    anchors = {}
    for title, lines in sections:
        anchors[anchor(title)] = slugs[title]
        anchors["#" + anchor(title)] = slugs[title]  # marks the anchors that name a whole section
        fenced = False
        for line in lines:
            if line.startswith("```"):
                fenced = not fenced
            if not fenced and re.match(r"#{3,6} ", line):
                anchors.setdefault(anchor(line.lstrip("#")), slugs[title])

    articles = SITE / "articles"
    articles.mkdir(exist_ok=True)
    for stale in articles.glob("*.md"):
        stale.unlink()
    toc = []
    for title, lines in sections:
        slug = slugs[title]
        body = "\n".join([f"# {title}", ""] + raise_headings(lines)).strip() + "\n"
        note = "<!-- Generated from README.md by docs/site/generate.py: edit the README, not this file. -->\n"
        (articles / f"{slug}.md").write_text(note + rewrite_links(body, slug, anchors), encoding="utf-8")
        toc.append(f"- name: {title}\n  href: {slug}.md\n")
    (articles / "toc.yml").write_text("".join(toc), encoding="utf-8")

    # The landing page: the introduction (without the repository's own commands) and the quick start.
    intro_text = "\n".join(intro)
    intro_text = re.sub(r"^# .*\n", "", intro_text, count=1)
    intro_text = re.sub(r"^```bash\n.*?```\n", "", intro_text.lstrip(), count=1, flags=re.S)
    intro_text = re.sub(r"^\s*Prerequisites:.*?\n\n", "", intro_text, count=1, flags=re.S)
    quick = dict(sections).get("Quick start", [])
    template = (SITE / "index.template.md").read_text(encoding="utf-8")
    index = template.replace("<!-- README:intro -->", rewrite_links(intro_text.strip(), "index", {k: "articles/" + v for k, v in anchors.items()}))
    index = index.replace("<!-- README:quick-start -->", rewrite_links("\n".join(raise_headings(quick)).strip(), "index", {k: "articles/" + v for k, v in anchors.items()}))
    (SITE / "index.md").write_text(index, encoding="utf-8")
    print(f"docs: {len(sections)} articles from README.md")


main()
