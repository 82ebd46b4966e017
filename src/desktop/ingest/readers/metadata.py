"""Who wrote a report, what kind it is and what period it covers, from where reports say so.

The evidence is read in order of trust: the title and cover (a PDF's first page, a text
file's first lines), the running headers and footers, labelled fields ("Organisation:",
"Rapportperiod: 2025-12-31", "Beslutande instans:"), a web address on the cover, and
last the phrases that name the organisation on the first pages ("Exempelby kommuns
styrmodell"). A municipality or region is one of Kolada's list (any form: "Exempelbys
kommun", "EXEMPELBY", "Region Exempel"); a kommunalförbund is named as printed. The period
is what the report says it covers ("per april", "januari–augusti 2025", "Tertial 1"),
never a decision date, a print date or a plan period ("2027–2029"). What cannot be read
is a warning, not a guess.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.ingest.document import Document
from desktop.ingest.vocabulary import data, fold, municipalities

COVER_LINES = 40  # lines of a text file read as its cover
FIRST_PAGES_LINES = 160  # lines of a text file read as its first pages
LABEL = re.compile(
    r"^\s*(organisation|kommun|region|förbund|nämnd|namnd|beslutande instans|instans|"
    r"rapportperiod|period|avser period|avser|rapport|dokument|dokumenttyp|rubrik)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
ORGANISATION = re.compile(
    r"\b(?P<name>[A-ZÅÄÖ][\wåäöéü]+(?:[ -][A-ZÅÄÖ][\wåäöéü]+)?)\s+(?P<kind>kommuns?|stads?|kommunkoncerns?)\b",
    re.IGNORECASE,
)
ASSOCIATION = re.compile(
    r"(?P<before>(?:[A-ZÅÄÖ][\wåäöé]*(?:[–-][A-ZÅÄÖ][\wåäöé]*)?[ ]+){1,3})"
    r"(?P<kind>(?:[\wåäöé]+-[ ]+och[ ]+)?[\wåäöé]*förbund(?:et)?)(?![\wåäöé])"
    r"|(?P<kind2>[A-ZÅÄÖ][\wåäöé]*förbundet)[ ]+(?P<after>[A-ZÅÄÖ][\wåäöé]+(?:[ ][A-ZÅÄÖ][\wåäöé]+)?)"
)
# a kommunalförbund's board is its direktion: "Direktionen för Räddningstjänsten Syd avger …"
DIRECTORATE = re.compile(
    r"\b(?:[Ff]örbunds)?[Dd]irektionen (?:för|i) (?P<name>[A-ZÅÄÖ][\wåäöé-]*(?: [A-ZÅÄÖ][\wåäöé-]*){0,3})"
)
ASSOCIATION_KIND = re.compile(r"(?<![\wåäöé])([\wåäöé]*förbund)(?:et)?(?![\wåäöé])", re.I)
# words that begin a sentence before an association's kind, not part of its name
NOT_A_NAME = {
    "ett",  # "Ett kommunalförbund för A-by, B-by …" says what it is, not its name
    "en",
    "vart",
    "i",
    "det",
    "den",
    "de",
    "vi",
    "som",
    "inom",
    "under",
    "för",
    "av",
    "med",
    "till",
    "hos",
    "enligt",
    "både",
    "samt",
    "och",
    "när",
    "där",
    "om",
    "hela",
    "att",
    "från",
    "efter",
}
DOMAIN = re.compile(r"\b(?:www\.)?(?P<name>[a-z0-9-]+)\.se\b", re.IGNORECASE)
COMMITTEE = re.compile(
    r"\b(?P<name>(?:[A-ZÅÄÖ][\wåäöé]*-\s*(?:och|&)\s+[a-zåäö][\wåäöé-]*|[A-ZÅÄÖ][\wåäöé-]*)n[äa]mnd(?:en)?)\b"
    r"|\b(?P<adjective>[A-ZÅÄÖ][a-zåäö]+a)\s+(?P<compound>[a-zåäö][\wåäöé]*)?n[äa]mnd(?:en)?\b"
    r"|\b(?P<for>N[äa]mnden för [A-ZÅÄÖa-zåäö][\wåäöé-]*(?: (?:och|&) [\wåäöé-]+)?)"
    # a district's committee named by its place: "Skarpnäcks stadsdelsnämnd"
    r"|\b(?P<district>[A-ZÅÄÖ][\wåäöé-]+s\s+(?:stadsdels|kommundels|områdes)n[äa]mnd(?:en)?)\b"
)
YEAR = re.compile(r"(?<![\d-])(19[89]\d|20\d\d)(?![\d-]|\s*[–-]\s*(?:19|20)?\d\d\b)")
RANGE = re.compile(r"\b(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d\b")
DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
PERIOD_DATES = re.compile(
    r"\b((?:19|20)\d\d-\d\d-\d\d)\s*(?:–|-|till|t\.o\.m\.?)\s*((?:19|20)\d\d-\d\d-\d\d)\b"
)
MONTH_RANGE = re.compile(
    r"\b(?P<first>[a-zåäö]{3,9})\.?\s*(?:–|-|till|—)\s*(?P<last>[a-zåäö]{3,9})\b", re.IGNORECASE
)
PER_MONTH = re.compile(
    r"\b(?:per|t\.?\s?o\.?\s?m\.?|till och med|tom|efter|för|under)\s+(?:den\s+)?(?:(?P<day>\d{1,2})\s+)?(?P<month>[a-zåäö]{3,9})\b",
    re.IGNORECASE,
)
TERTIAL = re.compile(
    r"\b(?:tertial(?:rapport|uppföljning|uppfoljning|bokslut)?\s*(?P<t1>[123])(?!\d)|(?P<t2>[123]):?(?:a|e)?\s+tertial(?:en|et)?|T(?P<t3>[123])\b)",
    re.IGNORECASE,
)
ORDINAL = {"forsta": "1", "andra": "2", "tredje": "3"}
QUARTER = re.compile(
    r"\b(?:kvartal(?:srapport|suppföljning|suppfoljning)?\s*(?P<q1>[1-4])(?!\d)|Q(?P<q2>[1-4])\b)",
    re.IGNORECASE,
)


@dataclass
class Metadata:
    """What the report says of itself; empty where it could not be read."""

    municipality: str = ""
    committee: str = ""
    report_type: str = ""  # "annual" | "interim" | "" (unknown)
    year: int = 0
    end: str = ""  # ISO date
    title: str = ""
    found_by: dict[str, str] = field(default_factory=dict)  # field → where it was read

    @property
    def is_report(self) -> bool:
        """Whether anything says this is a committee's report at all."""
        return bool(self.municipality or self.committee or self.report_type)


@dataclass
class Evidence:
    """Lines to read metadata from, grouped by how much they are trusted."""

    title: list[str]
    cover: list[str]
    furniture: list[str]
    labels: list[tuple[str, str]]  # (label, value)
    first_pages: list[str]

    def ranked(self) -> list[tuple[str, list[str]]]:
        return [
            ("titel", self.title),
            ("försättsblad", self.cover),
            ("sidhuvud/sidfot", self.furniture),
            ("fält", [v for _, v in self.labels]),
            ("första sidorna", self.first_pages),
        ]


def evidence(document: Document, lines: list[str]) -> Evidence:
    """The lines metadata is read from: title, cover, furniture, labelled fields."""
    if document.has_layout:
        first_page = [
            line
            for line, info in zip(lines, document.info, strict=False)
            if info.page == 1 and line.strip()
        ]
        sizes = [
            (info.size, line)
            for line, info in zip(lines, document.info, strict=False)
            if info.page == 1 and line.strip() and info.kind != "table"
        ]
        largest = max((s for s, _ in sizes), default=0)
        title = [line for size, line in sizes if size >= largest - 0.5]
        if len(title) > 3:  # a page in one size: the line that names the report is its title
            title = [line for line in title if _names_kind(line)][:1] or title[:1]
        cover = first_page[:COVER_LINES]
        pages = [
            line
            for line, info in zip(lines, document.info, strict=False)
            if (info.page or 99) <= 3 and line.strip()
        ]
    else:
        cover = _joined_cover([line.strip() for line in lines[:COVER_LINES] if line.strip()])
        title = [line for line in cover if _names_kind(line) and len(line) <= 160][:1]
        pages = [line.strip() for line in lines[:FIRST_PAGES_LINES] if line.strip()]
    labels = []
    for line in [*cover, *pages[: len(cover) + 40]]:
        match = LABEL.match(line)
        if match:
            labels.append((fold(match.group(1)), match.group("value").strip()))
    return Evidence(
        [rejoined(line) for line in title],
        [rejoined(line) for line in cover],
        list(document.furniture),
        labels,
        pages,
    )


def rejoined(line: str) -> str:
    """A report's kind named in one word again where a cover split it ("Årsboks slut",
    "Delårs rapport", "Års redovisning": letter-spaced or hyphenated titles)."""
    words = line.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        joined = _kind_word(words[i], words[i + 1]) if i + 1 < len(words) else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def _kind_word(first: str, second: str) -> str | None:
    """`first` and `second` as the one word of a report's kind they were printed as."""
    names, heads = _kind_names()
    bare = second.rstrip(",.:;")
    if not first[-1:].isalpha() or not bare[:1].isalpha():
        return None
    head = fold(first)
    if head not in heads or head in names:
        return None
    candidates = [first + second]
    if first[-1].lower() == bare[0].lower():  # "Årsboks-slut": the letter printed twice
        candidates.append(first[:-1] + second)
    for joined in candidates:
        if fold(joined.rstrip(",.:;")) in names:
            return joined
    return None


@lru_cache(maxsize=1)
def _kind_names() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word names of a report's kind, and every beginning of one."""
    words = data("report_types")
    names = frozenset(w for key in ("annual", "interim") for w in words[key] if " " not in w)
    return names, frozenset(name[:n] for name in names for n in range(2, len(name) + 1))


def _joined_cover(lines: list[str]) -> list[str]:
    """A text file's cover lines, a title broken over two lines joined again
    ("Årsrapport nämnder och" / "styrelser 2025")."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and len(out[-1]) < 60
            and (re.search(r"\b(och|i|för|med|av|samt|till)$", out[-1]) or line[:1].islower())
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def read_metadata(document: Document, lines: list[str], warnings: list[str]) -> Metadata:
    found = evidence(document, lines)
    meta = Metadata()
    meta.municipality, where = _municipality(found)
    if not meta.municipality:
        meta.municipality = _members_association(found, warnings)
        where = "medlemskommuner" if meta.municipality else ""
    if where:
        meta.found_by["municipality"] = where
    meta.committee, where = _committee(found)
    if where:
        meta.found_by["committee"] = where
    meta.report_type, meta.year, month, day, where = _period(found)
    if where:
        meta.found_by["period"] = where
    meta.title = _title(found)
    if meta.report_type == "interim" and not month and meta.year:
        month, day = _title_month(found)
        if month:
            meta.found_by["period"] = "titel"
    if meta.report_type == "interim" and not month and meta.year:
        month = _follow_up_month(found, meta.year)
        if month:
            meta.found_by["period"] = "första sidorna"
    if meta.report_type == "interim" and not month:
        month = 8
        warnings.append("perioden som delårsrapporten avser kunde inte läsas ut; augusti antas")
    if meta.year:
        if meta.report_type == "interim":
            last = calendar.monthrange(meta.year, month)[1]
            meta.end = f"{meta.year}-{month:02d}-{(day or last):02d}"
        else:
            meta.end = f"{meta.year}-12-31"
    for value, what in (
        (meta.municipality, "kommunen"),
        (meta.committee, "nämnden"),
        (meta.report_type, "rapporttypen (årsredovisning eller delårsrapport)"),
        (meta.year, "rapportens år"),
    ):
        if not value:
            warnings.append(f"{what} kunde inte läsas ut")
    return meta


# --- municipality -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """folded name → the name as Kolada writes it ("exempelby" → "Exempelby",
    "region exempel" → "Region Exempel")."""
    return {fold(m.name): m.name for m in municipalities()}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """folded name → name of the regions in Kolada's list (and their other names)."""
    regions = {fold(m.name): m.name for m in municipalities() if m.kind == "L"}
    names = set(regions.values())
    regions.update({k: v for k, v in _aliases().items() if v in names})
    return regions


@lru_cache(maxsize=1)
def _regions_pattern() -> re.Pattern[str]:
    names = sorted(_regions(), key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, names)) + r")(?![a-z])")


@lru_cache(maxsize=1)
def _exact_names() -> dict[str, str]:
    """lower-case name with its å, ä and ö → the name as Kolada writes it: "Håbo" and
    "Habo" fold alike, so a name printed with its letters is matched as printed first."""
    return {m.name.lower(): m.name for m in municipalities()}


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    return dict(data("municipality_aliases")["aliases"])


def _known(name: str) -> str | None:
    """A municipality or region for a name as printed, genitive s or not."""
    spaced = " ".join(name.split())
    exact = _exact_names()
    for candidate in (spaced.lower(), spaced.lower()[:-1] if spaced.lower().endswith("s") else ""):
        if candidate in exact:
            return exact[candidate]
    key = fold(spaced)
    names = _names()
    for candidate in (key, key[:-1] if key.endswith("s") else ""):
        if candidate in _aliases():
            return _aliases()[candidate]
        if candidate in names:
            return names[candidate]
    return None


def names_a_municipality(label: str) -> bool:
    """Whether a row's label is only a municipality's name ("Gagnefs kommun", "Rättvik"):
    a member of a joint committee or association, in a table shared out among them."""
    name = re.sub(r"\s+(?:kommun|stad)$", "", " ".join(label.split()), flags=re.IGNORECASE)
    return bool(name) and _known(name) is not None


def municipality_in(text: str) -> str | None:
    """The municipality, region or association a line names as its own, if any. A line
    that names several municipalities ("för A-by kommun och … för B-by kommun"),
    or speaks of members, names no author."""
    lowered = text.casefold()  # plain substring tests: a case-blind regex is slow
    if "medlem" in lowered:
        return None
    named: list[str] = []
    # every kind ORGANISATION knows begins "kommun" or "stad": a line with neither is not
    # searched word by word
    kind = "kommun" in lowered or "stad" in lowered
    organisations = ORGANISATION.finditer(text) if kind else ()
    for match in organisations:
        words = match.group("name").split()
        for start in range(len(words)):  # "Välkommen till Exempelbys kommun": the last words
            found = _known(" ".join(words[start:]))
            if found:
                named.append(found)
                break
    if len(set(named)) > 1:
        return None
    if named:
        return named[0]
    folded = fold(text)
    region = _regions_pattern().search(folded) if "region" in folded else None  # in every name
    if region:
        return _regions()[region.group(0)]
    return association_in(text)


def association_in(text: str) -> str | None:
    """A kommunalförbund named as such ("Norra Exempels Räddningstjänstförbund",
    "Exempeldalens brand- och räddningsförbund", "Samordningsförbundet Centrala Exempel"),
    or as the one its direktion governs ("Direktionen för Räddningstjänsten Syd"); a bare
    "Räddningstjänstförbundet" is a reference, not a name."""
    associations = ASSOCIATION.finditer(text) if "förbund" in text else ()  # in both kinds
    for match in associations:
        if match.group("kind2"):
            return " ".join(f"{match.group('kind2')} {match.group('after')}".split())
        before = match.group("before").split()
        while before and fold(before[0]) in NOT_A_NAME:
            before.pop(0)
        if before:
            return " ".join([*before, match.group("kind")]).strip(" -")
    # "irektionen" as the pattern spells it: most lines are not searched at all
    directorate = DIRECTORATE.search(text) if "irektionen" in text else None
    return directorate.group("name") if directorate else None


def _members_association(found: Evidence, warnings: list[str]) -> str:
    """An association that prints no name of its own ("Räddningstjänstförbundet", its
    members' contributions): named by its members and its kind, as such associations are
    ("A-by–B-by räddningstjänstförbund"), with a warning that says so."""
    text = " ".join(found.first_pages)
    kinds = [
        m.group(1).lower()
        for m in ASSOCIATION_KIND.finditer(text)
        if fold(m.group(1)) not in ("forbund",)
    ]
    if not kinds or not re.search(r"medlemskommun|förbundet", text, re.IGNORECASE):
        return ""
    members: list[str] = []
    for match in ORGANISATION.finditer(text):
        found_name = _known(match.group("name").split()[-1])
        if found_name and found_name not in members and not found_name.startswith("Region "):
            members.append(found_name)
    if not 2 <= len(members) <= 3:
        return ""
    kind = Counter(kinds).most_common(1)[0][0]
    name = f"{'–'.join(members)} {kind}"
    warnings.append(
        f"förbundets namn står inte i texten; det anges efter medlemskommunerna: {name}"
    )
    return name


def _bare_name(text: str) -> str | None:
    """A line that is, or begins with, a municipality's name alone ("EXEMPELBY")."""
    stripped = text.strip(" .,:")
    found = _known(stripped)
    if found and not found.startswith("Region "):
        return found
    return None


def _municipality(found: Evidence) -> tuple[str, str]:
    for where, lines in found.ranked():
        if where == "fält":
            lines = [
                v for k, v in found.labels if k in ("organisation", "kommun", "region", "forbund")
            ]
        names = Counter(name for line in lines if (name := municipality_in(line)))
        if where in ("titel", "försättsblad", "sidhuvud/sidfot"):
            names.update(name for line in lines if (name := _bare_name(line)))
            names.update(
                name
                for line in lines
                for m in DOMAIN.finditer(line)
                if (name := _known(m.group("name").replace("-", " ")))
            )
        if names:
            return names.most_common(1)[0][0], where
    return "", ""


# --- committee ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _committees() -> dict[str, str]:
    return {fold(name): name for name in data("committees")["names"]}


@lru_cache(maxsize=1)
def _other_bodies() -> re.Pattern[str]:
    """The known bodies whose names are no '…nämnden' (Kommunstyrelsen, Direktionen …)."""
    keys = sorted(
        (k for k in _committees() if not k.endswith(("namnden", "nämnden"))), key=len, reverse=True
    )
    return re.compile(r"\b(?:" + "|".join(map(re.escape, keys)) + r")\b")


def committee_in(text: str) -> list[str]:
    """The committees a line names, in definite form ("Socialnämnd" → "Socialnämnden")."""
    out = []
    known = _committees()
    if text.isupper():  # "VÅRD- OCH OMSORGSNÄMNDEN" on a cover
        text = text.capitalize()
    lowered = fold(text)
    for match in _other_bodies().finditer(lowered):
        out.append(known[match.group(0)])  # Kommunstyrelsen, Direktionen, …
    for match in COMMITTEE.finditer(text):
        if match.group("for") or match.group("district"):  # as printed
            out.append(" ".join((match.group("for") or match.group("district")).split()))
            continue
        elif match.group("adjective"):
            name = f"{match.group('adjective')} {match.group('compound') or ''}nämnden"
        else:
            name = " ".join(match.group("name").split())
        name = name.replace("namnd", "nämnd")
        if fold(name) in ("namnd", "namnden") or name.lower().startswith(
            (
                "varje",
                "alla",
                "samtliga",
                "denna",
                "den",
                "vilken",
                "hela",
                "andra",
                "båda",
                "flera",
                "sina",
                "egna",
                "nya",
                "olika",
                "övriga",
                "berörda",
                "respektive",
                "summa",  # "Summa nämnden": a total row of a finance table
                "totalt",
            )
        ):
            continue
        if not name.endswith("en"):
            name += "en"
        name = name[0].upper() + name[1:]
        if name.isupper() or sum(ch.isupper() for ch in name) > 2:
            name = known.get(fold(name), name.capitalize())
        out.append(known.get(fold(name), name))
    return out


def _committee(found: Evidence) -> tuple[str, str]:
    for where, lines in found.ranked():
        names = Counter(name for line in lines for name in committee_in(line))
        if names:
            return names.most_common(1)[0][0], where
    # named nowhere as a name: a known committee spoken of in the first pages' sentences
    # ("… har socialnämndens prognos försämrats"), under an abbreviation ("SN") elsewhere
    spoken = Counter(
        _committees()[m.group(1)]
        for line in found.first_pages
        for m in _known_in_text().finditer(fold(line))
    )
    if spoken:
        return spoken.most_common(1)[0][0], "text"
    return "", ""


@lru_cache(maxsize=1)
def _known_in_text() -> re.Pattern[str]:
    """The known committees' names in any case, in the definite form or its genitive."""
    keys = sorted((k for k in _committees() if k.endswith("namnden")), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, keys)) + r")s?\b")


# --- kind and period ----------------------------------------------------------------


def _names_kind(line: str, *, weak: bool = False) -> str:
    """'annual' or 'interim' when a line names the report's kind, else ''. Weak words
    ("uppföljning") are only looked for when `weak` is set."""
    key = fold(line)
    for kind, pattern in _kind_patterns(weak):
        if pattern.search(key):
            return kind
    return ""


@lru_cache(maxsize=2)
def _kind_patterns(weak: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per kind of report: any of its words, not inside a longer word."""
    words = data("report_types")
    kinds = (
        (("interim", "interim_weak"),) if weak else (("interim", "interim"), ("annual", "annual"))
    )
    return tuple(
        (
            kind,
            re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, words[key])) + r")(?![a-z]{4})"),
        )
        for kind, key in kinds
    )


def _month(word: str) -> int:
    return int(data("report_types")["months"].get(fold(word).rstrip("."), 0))


def _period(found: Evidence) -> tuple[str, int, int, int, str]:
    """(kind, year, month, day, where): the kind the report names and the period it says
    it covers: from its title ("Delårsrapport augusti 2023"), a labelled period
    ("Rapportperiod: 2025-10-31"), another line that names the kind, or the cover's years."""
    kind, where_kind = _kind(found)
    for line in found.title:
        if _names_kind(line) or _names_kind(line, weak=True):
            year, month, day = _period_in(line)
            if year and not month and kind == "interim":
                month, day = _covered_month(found, year)
            if year:
                return kind, year, month, day, "titel"
    for label, value in found.labels:
        if label not in ("rapportperiod", "period", "avser period", "avser"):
            continue
        end = _period_end(value)
        if not end[0]:
            end = _period_in(value)
        if end[0]:
            year, month, day = end
            return kind or ("interim" if month and month != 12 else ""), year, month, day, "fält"
    for weak in (False, True):
        for where, lines in found.ranked():
            for line in lines:
                if _names_kind(line, weak=weak):
                    year, month, day = _period_in(line)
                    if year:
                        return kind, year, month, day, where
    for where, lines in found.ranked()[:3]:
        years: Counter[int] = Counter()
        months: dict[int, tuple[int, int]] = {}
        for line in lines:
            year, month, day = _period_in(line)
            if year:
                years[year] += 1
                if month:
                    months.setdefault(year, (month, day))
        if years:
            year = years.most_common(1)[0][0]
            month, day = months.get(year, (0, 0))
            return kind or ("interim" if month and month != 12 else ""), year, month, day, where
    return kind, 0, 0, 0, where_kind


DECISION_DATE = re.compile(
    r"(?:datum för beslut|beslutsdatum|sammanträdesdatum|sammanträde|beslutad|fastställd)\w*\s*:?\s*"
    r"((?:19|20)\d\d)-(\d\d)-(\d\d)",
    re.IGNORECASE,
)


def _follow_up_month(found: Evidence, year: int) -> int:
    """The month of a follow-up whose title names none, from what its first pages call it
    ("… i samband med fördjupad månadsuppföljning per april"): the first interim report
    "per <month>" that ends before the report was decided, if a decision date is printed."""
    from desktop.ingest.document import plain
    from desktop.ingest.readers.paragraphs import join_lines

    text = join_lines([plain(line) for line in found.first_pages])
    decided = DECISION_DATE.search(text)
    for match in re.finditer(
        r"(?P<kind>[\wåäö]+)\s+(?:per|t\.\s?o\.\s?m\.?|till och med)\s+(?P<month>[a-zåäö]{3,9})"
        r"(?:\s+(?P<year>(?:19|20)\d\d))?",
        text,
        re.IGNORECASE,
    ):
        month = _month(match.group("month"))
        if not month or _names_kind(match.group("kind")) != "interim":
            continue
        if match.group("year") and int(match.group("year")) != year:
            continue
        if decided and (year, month) >= (int(decided.group(1)), int(decided.group(2))):
            continue  # a follow-up the report, decided earlier, cannot be
        return month
    return 0


def _title_month(found: Evidence) -> tuple[int, int]:
    """(month, day) a title that names the report's kind but not its year gives as the
    period's end ("Månadsrapport per den 31 juli"; the year is read elsewhere)."""
    for line in found.title:
        per = PER_MONTH.search(line)
        if (
            (_names_kind(line) or _names_kind(line, weak=True))
            and per
            and _month(per.group("month"))
        ):
            return _month(per.group("month")), int(per.group("day") or 0)
    return 0, 0


def _covered_month(found: Evidence, year: int) -> tuple[int, int]:
    """(month, day) an interim report whose title gives only its year says it covers
    elsewhere: a period from the year's start ("januari–april 2025", "jan–apr") or one
    up to a month ("per maj 2025", "t.o.m. april"), on the cover, in the furniture or
    a labelled field; (0, 0) when none does."""
    for _where, lines in found.ranked()[1:4]:
        for line in lines:
            line_year, month, day = _period_in(line)
            if line_year != year or not month:
                continue
            span = MONTH_RANGE.search(line)
            if (
                span
                and _month(span.group("first")) == 1
                or re.search(
                    r"\b(?:per|t\.\s?o\.\s?m\.?|till och med)\s+(?:den\s+)?(?:\d{1,2}\s+)?[a-zåäö]{3,9}\b",
                    line,
                    re.IGNORECASE,
                )
            ):
                return month, day
    return 0, 0


def _kind(found: Evidence) -> tuple[str, str]:
    """The kind the report names, strong words first, and where it was read."""
    for weak in (False, True):
        for where, lines in found.ranked():
            kinds = [k for line in lines if (k := _names_kind(line, weak=weak))]
            if kinds:
                return kinds[0], where
    return "", ""


def _period_end(value: str) -> tuple[int, int, int]:
    """The last day of a labelled period given as dates ("2025-10-31", "2025-01-01–2025-06-30")."""
    dates = PERIOD_DATES.match(value)
    text = dates.group(2) if dates else value
    single = DATE.match(text.strip())
    if not single:
        return 0, 0, 0
    return int(single.group(1)), int(single.group(2)), int(single.group(3))


def _period_in(line: str) -> tuple[int, int, int]:
    """(year, month, day) a line says a report covers; zeros where it says nothing."""
    text = RANGE.sub(
        " ", DATE.sub(lambda m: m.group(0).replace("-", "§"), line)
    )  # plan periods out
    text = text.replace("§", "-")
    folded = fold(line)
    period = PERIOD_DATES.search(line)
    if period:
        y, m, d = (int(x) for x in period.group(2).split("-"))
        return y, m, d
    labelled = re.search(
        r"(?:rapportperiod|period|avser|per|t\.?o\.?m\.?)\s*:?\s*((?:19|20)\d\d)-(\d\d)-(\d\d)",
        line,
        re.IGNORECASE,
    )
    if labelled:
        return int(labelled.group(1)), int(labelled.group(2)), int(labelled.group(3))
    after_kind = re.search(r"^\s*([\wåäöÅÄÖ]+)\s*:?\s*((?:19|20)\d\d)-(\d\d)-(\d\d)\b", line)
    if after_kind and (
        _names_kind(after_kind.group(1)) or _names_kind(after_kind.group(1), weak=True)
    ):  # "Delårsbokslut 2026-08-31": the date the report is made up to
        return int(after_kind.group(2)), int(after_kind.group(3)), int(after_kind.group(4))
    years = [int(y) for y in YEAR.findall(re.sub(r"\b(?:19|20)\d\d-\d\d-\d\d\b", " ", text))]
    if not years:
        return 0, 0, 0
    year = years[0]
    month = day = 0
    tertial = TERTIAL.search(line)
    ordinal = re.search(r"\b(forsta|andra|tredje)\s+tertial", folded)
    if tertial:
        number = tertial.group("t1") or tertial.group("t2") or tertial.group("t3")
        month = int(data("report_types")["tertials"][number])
    elif ordinal:
        month = int(data("report_types")["tertials"][ORDINAL[ordinal.group(1)]])
    quarter = QUARTER.search(line)
    if not month and quarter:
        number = quarter.group("q1") or quarter.group("q2")
        month = int(data("report_types")["quarters"][number])
    for match in MONTH_RANGE.finditer(line):
        if _month(match.group("first")) and _month(match.group("last")):
            month = _month(match.group("last"))
    if not month:
        per = PER_MONTH.search(line)
        if per and _month(per.group("month")):
            month = _month(per.group("month"))
            day = int(per.group("day")) if per.group("day") else 0
    if not month and "interim" in (_names_kind(line), _names_kind(line, weak=True)):
        # a month written out, or abbreviated right before the year ("nov 2026")
        named = [
            m
            for word in re.findall(r"[a-zåäöA-ZÅÄÖ]+\.?(?:\s+(?:19|20)\d\d)?", line)
            if (m := _month(word.split()[0]))
            and (len(word.split()[0]) > 3 or fold(word) == "maj" or " " in word)
        ]
        if named:
            month = named[-1]
    return year, month, day


def _title(found: Evidence) -> str:
    for line in [*found.title, *found.cover, *found.furniture]:
        if _names_kind(line) and len(line) <= 160:
            text = re.sub(r"\s+\d{1,3}\s*\(\s*\d{1,3}\s*\)\s*$", "", line.strip())
            text = re.sub(r"^(?:[\w-]+n[äa]mnden|Kommunstyrelsen),\s+", "", text)
            return " ".join(text.split())
    return " ".join(found.title[0].split()) if found.title else ""
