"""Verb and noun patterns (``verbs.yaml``, ``nouns.yaml``) and the frames that recode complements.

Knowledge lives in the YAML files; this module only reads and validates them. A user adds a
pattern by writing a file of the same name in ``ACCORD_DATA_DIR``; an entry with an ``id``
already defined replaces the bundled one.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from accord.errors import DataFileError
from accord.models import Modality
from accord.nlp.actors.tables import sectors
from accord.nlp.events.codebook import Codebook, load_codebook
from accord.nlp.lexicon import data_files, read_data_file

VERBS_FILE = "verbs.yaml"
NOUNS_FILE = "nouns.yaml"

_LIST_KEYS = (
    "particle",
    "prep",
    "prep_object",
    "object",
    "subject",
    "complement",
    "predicate",
    "require_modifier",
    "target",
)
_FLAG_KEYS = (
    "place_target",
    "symmetric",
    "require_target",
    "object_actor",
    "object_not_target",
    "crowd",
    "received",
    "clause_only",
)
#: Keys naming a sector that follows from the act itself: for every code the pattern gives
#: (``implied_target: CVL``) or, as a mapping, for some codes (``{"0813": CVL}``) or, for the
#: implied target, some source sectors (``{COP: CVL}``: when police do it).
_SECTOR_KEYS = ("implied_target", "source_sector")
_PATTERN_KEYS = {
    "id",
    "verb",
    "noun",
    "code",
    "refine",
    "note",
    *_LIST_KEYS,
    *_FLAG_KEYS,
    *_SECTOR_KEYS,
}
_FRAME_KEYS = {
    "id",
    "note",
    "verbs",
    "nouns",
    "adjectives",
    "recode",
    "modality",
    "addressee_first",
    "noun_complement",
    "only_recoded",
    "fallback",
    "also_code",
    "symmetric",
    "clausal",
    "crimes",
}
_MODALITIES = ("asserted", "intended", "hypothetical", "negated", "reported", "keep")


@dataclass(frozen=True)
class Pattern:
    """One way of saying an event: a lemma plus constraints on its dependents."""

    id: str
    file: str
    lemmas: frozenset[str]
    code: str | None  # None: a blocking pattern, more specific than those it stops
    particle: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    prep_object: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    complement: frozenset[str] = frozenset()
    predicate: frozenset[str] = frozenset()  # "called the raid *a provocation*"
    require_modifier: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    place_target: bool = False
    symmetric: bool = False
    require_target: bool = False
    object_actor: bool = False
    object_not_target: bool = False  # the object is a thing moved ("troops"), not the target
    crowd: bool = False  # unnamed crowds are the civilians of the place, against its government
    received: bool = False  # the subject receives: the giver the target phrases name is the source
    # as a participle before a noun ("U.S.-backed forces") it names a standing tie, not an act
    clause_only: bool = False
    refine: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    # by the code the pattern gives (the target also by the source's sector): the sector of the
    # target the act implies when the text names none ("imposed a curfew": the source country's
    # civilians), and the sector a bare country acting so must be ("massed troops": military)
    implied_target: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    source_sector: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def rule(self) -> str:
        return f"{self.file}#{self.id}"

    @property
    def specificity(self) -> int:
        """How many constraints the pattern adds to its lemma: the more, the more specific."""
        constraints = (
            self.particle,
            self.prep,
            self.prep_object,
            self.object,
            self.subject,
            self.complement,
            self.predicate,
            self.require_modifier,
        )
        return sum(1 for c in constraints if c) + int(self.object_actor)


@dataclass(frozen=True)
class Frame:
    """A word that governs another event: "pledged to expand", "urged X to release"."""

    id: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    adjectives: frozenset[str]
    recode: dict[str, str] = field(hash=False, compare=False)
    modality: Modality | Literal["keep"]
    addressee_first: bool = False
    noun_complement: Literal["keep", "recode", "none"] = "recode"
    only_recoded: bool = False
    fallback: str | None = None  # the frame word's own code when its complement codes nothing
    also_code: str | None = None  # a second event the frame word makes: a denial is 016
    symmetric: bool = False  # its fallback event, made by several actors together, is mutual
    clausal: bool = False  # governs "that"-clauses too ("warned that ..."), not only "to ..."
    # speech that a named actor committed a crime (a pattern id: genocide) accuses it (code);
    # such a frame keeps the crime as its own event and governs nothing else
    crimes: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def own_pattern(self, code: str, *, require_target: bool = False) -> Pattern:
        """The pattern standing for the frame word itself (its fallback or second code)."""
        return Pattern(
            self.id,
            VERBS_FILE,
            self.verbs | self.nouns | self.adjectives,
            code,
            symmetric=self.symmetric,
            require_target=require_target,
        )

    def recode_code(self, code: str) -> str | None:
        """The frame's code for a complement coded ``code``; None when the frame drops it."""
        for key in (code, code[:3], code[:2]):
            if key in self.recode:
                value = self.recode[key]
                return code if value == "keep" else value
        return None if self.only_recoded else code

    @property
    def recodes(self) -> bool:
        return bool(self.recode)


@dataclass(frozen=True)
class Lexicon:
    """Patterns indexed by lemma, frames by the word that carries them."""

    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]
    verb_frames: dict[str, Frame]
    noun_frames: dict[str, Frame]
    adjective_frames: dict[str, Frame]
    accusing_frames: dict[str, Frame]  # by speech verb: "said X committed genocide"
    light_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    default_target_preps: tuple[str, ...]
    speech_verbs: frozenset[str]
    hearsay_adverbs: frozenset[str]
    agent_nouns: frozenset[str]
    agent_sectors: dict[str, str]
    deed_doers: dict[str, str]  # "the coup in Mali": its doers are Mali's military
    reaction_verbs: frozenset[str]


@functools.cache
def load_lexicon() -> Lexicon:
    """Read and validate the bundled and user pattern files, once."""
    codebook = load_codebook()
    verbs = _load_patterns(VERBS_FILE, "verbs", "verb", codebook)
    nouns = _load_patterns(NOUNS_FILE, "nouns", "noun", codebook)
    frames: dict[str, Frame] = {}
    words: dict[str, set[str]] = {
        "light_verbs": set(),
        "occurrence_verbs": set(),
        "speech_verbs": set(),
        "hearsay_adverbs": set(),
        "agent_nouns": set(),
        "reaction_verbs": set(),
    }
    preps: tuple[str, ...] = ()
    sectors: dict[str, str] = {}
    doers: dict[str, str] = {}
    for path in data_files(VERBS_FILE):
        document = read_data_file(path)
        for spec in document.get("frames") or []:
            frame = _frame(path, spec, codebook)
            frames[frame.id] = frame
        for key, found in words.items():
            found.update(_strings(path, key, document.get(key, [])))
        sectors.update(_sectors(path, "agent_sectors", document.get("agent_sectors") or {}))
        doers.update(_sectors(path, "deed_doers", document.get("deed_doers") or {}))
        if "default_target_preps" in document:
            preps = tuple(_strings(path, "default_target_preps", document["default_target_preps"]))
    by_word: dict[str, dict[str, Frame]] = {"verbs": {}, "nouns": {}, "adjectives": {}}
    accusing = {verb: f for f in frames.values() if f.crimes for verb in f.verbs}
    for frame in (f for f in frames.values() if not f.crimes):
        for kind, lemmas in (
            ("verbs", frame.verbs),
            ("nouns", frame.nouns),
            ("adjectives", frame.adjectives),
        ):
            for word in lemmas:
                by_word[kind].setdefault(word, frame)
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        verb_frames=by_word["verbs"],
        noun_frames=by_word["nouns"],
        adjective_frames=by_word["adjectives"],
        accusing_frames=accusing,
        light_verbs=frozenset(words["light_verbs"]),
        occurrence_verbs=frozenset(words["occurrence_verbs"]),
        default_target_preps=preps,
        speech_verbs=frozenset(words["speech_verbs"]),
        hearsay_adverbs=frozenset(words["hearsay_adverbs"]),
        agent_nouns=frozenset(words["agent_nouns"]),
        agent_sectors=sectors,
        deed_doers=doers,
        reaction_verbs=frozenset(words["reaction_verbs"]),
    )


def _load_patterns(
    name: str, section: str, lemma_key: str, codebook: Codebook
) -> dict[str, list[Pattern]]:
    by_id: dict[str, Pattern] = {}
    for path in data_files(name):
        seen: set[str] = set()
        for spec in read_data_file(path).get(section) or []:
            pattern = _pattern(path, name, spec, lemma_key, codebook)
            if pattern.id in seen:
                raise DataFileError(str(path), f"pattern '{pattern.id}' is defined twice")
            seen.add(pattern.id)
            by_id[pattern.id] = pattern
    index: dict[str, list[Pattern]] = defaultdict(list)
    for pattern in by_id.values():
        for lemma in pattern.lemmas:
            index[lemma].append(pattern)
    for patterns in index.values():
        patterns.sort(key=lambda p: -p.specificity)  # stable: file order among equals
    return dict(index)


def _pattern(path: Path, file: str, spec: Any, lemma_key: str, codebook: Codebook) -> Pattern:
    if not isinstance(spec, dict) or not isinstance(spec.get("id"), str):
        raise DataFileError(str(path), f"every pattern needs an 'id': {spec!r}")
    where = f"pattern '{spec['id']}'"
    unknown = set(spec) - _PATTERN_KEYS
    if unknown:
        raise DataFileError(str(path), f"{where}: unknown keys {sorted(unknown)}")
    if lemma_key not in spec:
        raise DataFileError(str(path), f"{where}: needs '{lemma_key}' (a lemma or a list)")
    if "code" not in spec:
        raise DataFileError(str(path), f"{where}: needs 'code' (a CAMEO code, or null to block)")
    code = None if spec["code"] is None else str(spec["code"])
    if code is not None and code not in codebook:
        raise DataFileError(str(path), f"{where}: code '{code}' is not in cameo.yaml")
    refine = {str(k): str(v) for k, v in (spec.get("refine") or {}).items()}
    for value in refine.values():
        if value not in codebook:
            raise DataFileError(str(path), f"{where}: refine code '{value}' is not in cameo.yaml")
    lists = {key: frozenset(_strings(path, where, spec.get(key, []))) for key in _LIST_KEYS}
    flags = {key: bool(spec.get(key, False)) for key in _FLAG_KEYS}
    codes = {c for c in (code, *refine.values()) if c is not None}
    implied = _implied_sectors(path, where, "implied_target", spec, codes, sectors())
    acting = _implied_sectors(path, where, "source_sector", spec, codes, frozenset())
    return Pattern(
        id=spec["id"],
        file=file,
        lemmas=frozenset(_strings(path, where, spec[lemma_key])),
        code=code,
        particle=lists["particle"],
        prep=lists["prep"],
        prep_object=lists["prep_object"],
        object=lists["object"],
        subject=lists["subject"],
        complement=lists["complement"],
        predicate=lists["predicate"],
        require_modifier=lists["require_modifier"],
        target=tuple(sorted(lists["target"])),
        refine=refine,
        **flags,
        implied_target=implied,
        source_sector=acting,
    )


def _frame(path: Path, spec: Any, codebook: Codebook) -> Frame:
    if not isinstance(spec, dict) or not isinstance(spec.get("id"), str):
        raise DataFileError(str(path), f"every frame needs an 'id': {spec!r}")
    where = f"frame '{spec['id']}'"
    unknown = set(spec) - _FRAME_KEYS
    if unknown:
        raise DataFileError(str(path), f"{where}: unknown keys {sorted(unknown)}")
    recode = {str(k): str(v) for k, v in (spec.get("recode") or {}).items()}
    for key, value in recode.items():
        if key not in codebook or (value != "keep" and value not in codebook):
            raise DataFileError(
                str(path), f"{where}: recode '{key}: {value}' names an unknown code"
            )
    modality = spec.get("modality", "keep")
    if modality not in _MODALITIES:
        raise DataFileError(str(path), f"{where}: modality must be one of {_MODALITIES}")
    noun_complement = spec.get("noun_complement", "recode")
    if noun_complement not in ("keep", "recode", "none"):
        raise DataFileError(str(path), f"{where}: noun_complement is 'keep', 'recode' or 'none'")
    for key in ("fallback", "also_code"):
        if spec.get(key) is not None and str(spec[key]) not in codebook:
            raise DataFileError(str(path), f"{where}: {key} '{spec[key]}' is not in cameo.yaml")
    crimes = {str(k): str(v) for k, v in (spec.get("crimes") or {}).items()}
    if any(code not in codebook for code in crimes.values()):
        raise DataFileError(str(path), f"{where}: crimes name a code not in cameo.yaml")
    return Frame(
        id=spec["id"],
        verbs=frozenset(_strings(path, where, spec.get("verbs", []))),
        nouns=frozenset(_strings(path, where, spec.get("nouns", []))),
        adjectives=frozenset(_strings(path, where, spec.get("adjectives", []))),
        recode=recode,
        modality=modality,
        addressee_first=bool(spec.get("addressee_first", False)),
        noun_complement=noun_complement,
        only_recoded=bool(spec.get("only_recoded", False)),
        fallback=None if spec.get("fallback") is None else str(spec["fallback"]),
        also_code=None if spec.get("also_code") is None else str(spec["also_code"]),
        symmetric=bool(spec.get("symmetric", False)),
        clausal=bool(spec.get("clausal", False)),
        crimes=crimes,
    )


def _strings(path: Path, where: str, value: Any) -> list[str]:
    """A lemma or a list of lemmas, lower-cased."""
    items = [value] if isinstance(value, str) else value
    if isinstance(items, list) and any(isinstance(v, bool) for v in items):
        raise DataFileError(
            str(path), f"{where}: quote words YAML reads as true/false: 'on', 'off'"
        )
    if not isinstance(items, list) or not all(isinstance(v, str | int) for v in items):
        raise DataFileError(
            str(path), f"{where}: expected a word or a list of words, got {value!r}"
        )
    return [str(v).lower() for v in items]


def _implied_sectors(
    path: Path, where: str, key: str, spec: dict[str, Any], codes: set[str], by: frozenset[str]
) -> dict[str, str]:
    """``SECTOR`` for every code the pattern gives, or ``{condition: SECTOR}`` where a condition
    is a code it gives or one of ``by``; the sectors are those of roles.yaml."""
    value = spec.get(key)
    if value is None:
        return {}
    if not codes:
        raise DataFileError(str(path), f"{where}: a blocking pattern has no {key}")
    mapping = value if isinstance(value, dict) else dict.fromkeys(codes, value)
    known = sectors()
    found: dict[str, str] = {}
    for condition, sector in mapping.items():
        if str(condition) not in codes | by:
            what = "a code the pattern gives" + (" nor a sector" if by else "")
            raise DataFileError(str(path), f"{where}: {key} names '{condition}', not {what}")
        if sector not in known:
            raise DataFileError(
                str(path), f"{where}: {key} '{sector}' is not a sector of roles.yaml"
            )
        found[str(condition)] = sector
    return found


def _sectors(path: Path, key: str, spec: Any) -> dict[str, str]:
    """``{sector: [nouns]}`` turned into noun -> sector, sectors checked as 3 capitals."""
    if not isinstance(spec, dict):
        raise DataFileError(str(path), f"{key}: expected a mapping of sector to nouns")
    found: dict[str, str] = {}
    for sector, nouns in spec.items():
        if not (isinstance(sector, str) and len(sector) == 3 and sector.isupper()):
            raise DataFileError(str(path), f"{key}: '{sector}' is not a sector code")
        for noun in _strings(path, f"{key}.{sector}", nouns):
            found[noun] = sector
    return found
