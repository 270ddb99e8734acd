#!/usr/bin/env python3
"""Builds heldout-gold.jsonl from the six articles of this folder and their annotations below.

The annotations were written from the text and docs/annotation-guidelines.md alone, before any
engine ran on these articles (see README.md). Entities are given as (surface, label) and marked on
every occurrence, whole words only, longest names first: a name inside a longer marked name is
not marked again. Events name their trigger's surface (and which occurrence, 1-based), type,
modality and arguments as (role, entity surface, occurrence).
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).parent

ANNOTATIONS = {
    "01-mogadishu": {
        "entities": [
            ("Al-Shabaab", "ORGANIZATION"), ("al-Shabaab", "ORGANIZATION"), ("Mogadishu", "GPE"),
            ("MOGADISHU", "GPE"), ("AFP", "ORGANIZATION"), ("March 14, 2024", "DATE"), ("Thursday night", "DATE"),
            ("Friday", "DATE"), ("last year", "DATE"), ("Sunday", "DATE"), ("Syl Hotel", "FACILITY"),
            ("presidential palace", "FACILITY"), ("Somali", "NORP"), ("car bomb", "WEAPON"), ("rifles", "WEAPON"),
            ("grenades", "WEAPON"), ("Abdifatah Aden Hassan", "PERSON"), ("Islamist", "NORP"),
            ("al-Qaeda", "ORGANIZATION"), ("Radio Andalus", "ORGANIZATION"), ("Hassan Sheikh Mohamud", "PERSON"),
            ("Somalia", "GPE"), ("African Union", "ORGANIZATION"), ("ATMIS", "ORGANIZATION"), ("Kenya", "GPE"),
            ("Ethiopia", "GPE"), ("United States", "GPE"), ("Jilib", "GPE"), ("U.S. Africa Command", "ORGANIZATION"),
        ],
        "events": [
            ("storm", 1, "ATTACK", "asserted", [("Attacker", "Al-Shabaab", 1), ("Place", "Mogadishu", 1)]),
            ("killed", 1, "KILL", "asserted", []),
            ("stormed", 1, "ATTACK", "asserted", [("Attacker", "Al-Shabaab", 2), ("Target", "Syl Hotel", 1),
                                                ("Place", "Mogadishu", 2), ("Time", "Thursday night", 1)]),
            ("killing", 1, "KILL", "asserted", [("Killer", "Al-Shabaab", 2), ("Time", "Thursday night", 1)]),
            ("detonated", 1, "ATTACK", "asserted", [("Instrument", "car bomb", 1)]),
            ("siege", 1, "ATTACK", "asserted", []),
            ("attack", 1, "ATTACK", "asserted", []),
            ("condemned", 1, "ACCUSE", "asserted", [("Accuser", "Hassan Sheikh Mohamud", 1)]),
            ("assault", 1, "ATTACK", "asserted", []),
            ("vowed", 1, "THREATEN", "asserted", [("Source", "Hassan Sheikh Mohamud", 1),
                                                 ("Target", "al-Shabaab", 1)]),
            ("offensive", 1, "ATTACK", "planned", [("Target", "al-Shabaab", 1), ("Place", "Somalia", 1)]),
            ("withdrawing", 1, "TRAVEL", "asserted", [("Traveler", "ATMIS", 1), ("Origin", "Somalia", 2)]),
            ("air strike", 1, "ATTACK", "asserted", [("Attacker", "United States", 1), ("Target", "al-Shabaab", 2),
                                                    ("Place", "Jilib", 1), ("Time", "Sunday", 1)]),
        ],
    },
    "02-mali": {
        "entities": [
            ("Mali", "GPE"), ("Wagner Group", "ORGANIZATION"), ("Wagner", "ORGANIZATION"), ("French", "NORP"),
            ("January 31, 2022", "DATE"), ("Monday", "DATE"), ("February", "DATE"), ("August 2020", "DATE"),
            ("June", "DATE"), ("BAMAKO", "GPE"), ("Reuters", "ORGANIZATION"), ("Russian", "NORP"),
            ("Abdoulaye Diop", "PERSON"), ("Paris", "GPE"), ("Malian", "NORP"), ("Sahel", "LOCATION"),
            ("Bamako", "GPE"), ("European Union", "ORGANIZATION"), ("Choguel Kokalla Maiga", "PERSON"),
            ("Economic Community of West African States", "ORGANIZATION"), ("ECOWAS", "ORGANIZATION"),
            ("jihadist", "NORP"), ("Assimi Goita", "PERSON"), ("Sergei Lavrov", "PERSON"), ("Moscow", "GPE"),
        ],
        "events": [
            ("criticised", 1, "ACCUSE", "asserted", [("Accuser", "French", 3)]),
            ("accuse", 1, "ACCUSE", "asserted", [("Accused", "Wagner Group", 1)]),
            ("deploying", 1, "TRAVEL", "asserted", [("Traveler", "Wagner Group", 1), ("Destination", "Mali", 3)]),
            ("sanctions", 1, "SANCTION", "asserted", [("Imposer", "European Union", 1),
                                                     ("Target", "Choguel Kokalla Maiga", 1), ("Time", "February", 1)]),
            ("closed", 1, "SANCTION", "asserted", [("Imposer", "ECOWAS", 1), ("Target", "Mali", 4)]),
            ("frozen", 1, "SANCTION", "asserted", [("Imposer", "ECOWAS", 1), ("Target", "Mali", 4)]),
            ("met", 1, "MEET", "asserted", [("Participant", "Assimi Goita", 1), ("Participant", "Sergei Lavrov", 1),
                                           ("Place", "Moscow", 1), ("Time", "June", 1)]),
        ],
    },
    "03-myanmar": {
        "entities": [
            ("Myanmar", "GPE"), ("April 12, 2023", "DATE"), ("BANGKOK", "GPE"), ("AP", "ORGANIZATION"),
            ("Sagaing", "GPE"), ("Tuesday", "DATE"), ("Pazigyi", "GPE"), ("8 a.m.", "DATE"),
            ("military jet", "WEAPON"), ("fighter jet", "WEAPON"), ("bombs", "WEAPON"), ("Mi-35 helicopter", "WEAPON"),
            ("Associated Press", "ORGANIZATION"), ("National Unity Government", "ORGANIZATION"),
            ("Zaw Min Tun", "PERSON"), ("People's Defence Force", "ORGANIZATION"), ("United Nations", "ORGANIZATION"),
            ("Volker Turk", "PERSON"), ("United States", "GPE"), ("Britain", "GPE"), ("Aung San Suu Kyi", "PERSON"),
            ("February 2021", "DATE"), ("Naypyitaw", "GPE"),
        ],
        "events": [
            ("air strike", 1, "ATTACK", "asserted", [("Attacker", "Myanmar", 1)]),
            ("kills", 1, "KILL", "asserted", []),
            ("bombed", 1, "ATTACK", "asserted", [("Attacker", "Myanmar", 2), ("Instrument", "military jet", 1),
                                                ("Place", "Sagaing", 1), ("Time", "Tuesday", 1)]),
            ("killing", 1, "KILL", "asserted", [("Place", "Sagaing", 1), ("Time", "Tuesday", 1)]),
            ("dropped", 1, "ATTACK", "asserted", [("Instrument", "fighter jet", 1), ("Instrument", "bombs", 1),
                                                 ("Place", "Pazigyi", 1), ("Time", "8 a.m.", 1)]),
            ("fired", 1, "ATTACK", "asserted", [("Instrument", "Mi-35 helicopter", 1)]),
            ("strike", 2, "ATTACK", "asserted", []),
            ("war crime", 1, "ACCUSE", "asserted", [("Accuser", "National Unity Government", 1)]),
            ("air strike", 2, "ATTACK", "asserted", []),
            ("targeted", 1, "ATTACK", "asserted", [("Target", "People's Defence Force", 1)]),
            ("brought to justice", 1, "JUSTICE", "planned", []),
            ("sanctions", 1, "SANCTION", "asserted", [("Imposer", "United States", 1), ("Imposer", "Britain", 1)]),
            ("prison sentence", 1, "JUSTICE", "asserted", [("Place", "Naypyitaw", 1)]),
        ],
    },
    "04-colombia": {
        "entities": [
            ("Colombia", "GPE"), ("ELN", "ORGANIZATION"), ("Havana", "GPE"), ("HAVANA", "GPE"),
            ("Reuters", "ORGANIZATION"), ("June 9, 2023", "DATE"), ("National Liberation Army", "ORGANIZATION"),
            ("Friday", "DATE"), ("Caracas", "GPE"), ("last year", "DATE"), ("Gustavo Petro", "PERSON"),
            ("Petro", "PERSON"), ("Antonio Garcia", "PERSON"), ("Cuban", "NORP"), ("Miguel Diaz-Canel", "PERSON"),
            ("Norway", "GPE"), ("Venezuela", "GPE"), ("1964", "DATE"), ("Catholic", "NORP"),
            ("January 2019", "DATE"), ("Bogota", "GPE"), ("car bomb", "WEAPON"), ("police academy", "FACILITY"),
            ("Alvaro Uribe", "PERSON"), ("U.S.", "GPE"), ("State Department", "ORGANIZATION"),
            ("Mexico City", "GPE"), ("August", "DATE"),
        ],
        "events": [
            ("talks", 1, "MEET", "asserted", [("Participant", "Colombia", 1), ("Participant", "ELN", 1),
                                             ("Place", "Havana", 1)]),
            ("talks", 2, "MEET", "asserted", [("Place", "Caracas", 1), ("Time", "last year", 1)]),
            ("travelled", 1, "TRAVEL", "asserted", [("Traveler", "Gustavo Petro", 1), ("Destination", "Havana", 2)]),
            ("accused", 1, "ACCUSE", "asserted", [("Accused", "ELN", 4)]),
            ("bombings", 1, "ATTACK", "asserted", []),
            ("attacked", 1, "ATTACK", "asserted", [("Target", "police academy", 1), ("Place", "Bogota", 1),
                                                  ("Instrument", "car bomb", 1), ("Time", "January 2019", 1)]),
            ("killing", 1, "KILL", "asserted", [("Place", "police academy", 1), ("Time", "January 2019", 1)]),
            ("Talks", 1, "MEET", "planned", [("Place", "Mexico City", 1), ("Time", "August", 1)]),
        ],
    },
    "05-baltic": {
        "entities": [
            ("Finland", "GPE"), ("Estonia", "GPE"), ("Baltic Sea", "LOCATION"), ("October 10, 2023", "DATE"),
            ("HELSINKI", "GPE"), ("AFP", "ORGANIZATION"), ("Balticconnector", "FACILITY"), ("Finnish", "NORP"),
            ("Sauli Niinisto", "PERSON"), ("Niinisto", "PERSON"), ("Tuesday", "DATE"), ("Inkoo", "GPE"),
            ("Paldiski", "GPE"), ("Sunday", "DATE"), ("Gasgrid", "ORGANIZATION"), ("Elering", "ORGANIZATION"),
            ("Chinese", "NORP"), ("China", "GPE"), ("NATO", "ORGANIZATION"), ("Jens Stoltenberg", "PERSON"),
            ("drones", "WEAPON"), ("Estonian", "NORP"), ("Kaja Kallas", "PERSON"), ("Helsinki", "GPE"),
            ("Thursday", "DATE"),
        ],
        "events": [
            ("investigate", 1, "JUSTICE", "asserted", [("Authority", "Finland", 1), ("Authority", "Estonia", 1)]),
            ("investigating", 1, "JUSTICE", "asserted", [("Authority", "Finland", 2), ("Authority", "Estonia", 2)]),
            ("respond", 1, "THREATEN", "hypothetical", [("Source", "NATO", 1)]),
            ("attack", 1, "ATTACK", "hypothetical", []),
            ("met", 1, "MEET", "asserted", [("Participant", "Kaja Kallas", 1), ("Participant", "Niinisto", 1),
                                           ("Place", "Helsinki", 1), ("Time", "Thursday", 1)]),
        ],
    },
    "06-haiti": {
        "entities": [
            ("Haiti", "GPE"), ("March 4, 2024", "DATE"), ("PORT-AU-PRINCE", "GPE"), ("AP", "ORGANIZATION"),
            ("National Penitentiary", "FACILITY"), ("Port-au-Prince", "GPE"), ("weekend", "DATE"),
            ("Sunday", "DATE"), ("West", "GPE"), ("Jimmy Cherizier", "PERSON"), ("Barbecue", "PERSON"),
            ("Ariel Henry", "PERSON"), ("Henry", "PERSON"), ("Nairobi", "GPE"), ("Kenyan", "NORP"),
            ("William Ruto", "PERSON"), ("United Nations", "ORGANIZATION"),
            ("Toussaint Louverture International Airport", "FACILITY"), ("Dominican Republic", "GPE"),
            ("United States", "GPE"), ("Marines", "ORGANIZATION"), ("U.S. Embassy", "FACILITY"),
            ("March 11", "DATE"),
        ],
        "events": [
            ("attack", 1, "ATTACK", "asserted", [("Place", "Haiti", 1)]),
            ("attacked", 1, "ATTACK", "asserted", [("Target", "National Penitentiary", 1),
                                                  ("Place", "Port-au-Prince", 1), ("Time", "weekend", 1)]),
            ("killing", 1, "KILL", "asserted", [("Place", "Port-au-Prince", 1), ("Time", "weekend", 1)]),
            ("attacks", 1, "ATTACK", "asserted", []),
            ("deployment", 1, "TRAVEL", "planned", [("Traveler", "Kenyan", 2), ("Destination", "Haiti", 3)]),
            ("return", 1, "TRAVEL", "negated", [("Destination", "Port-au-Prince", 2)]),
            ("fired", 1, "ATTACK", "asserted", [("Target", "Toussaint Louverture International Airport", 1)]),
            ("flew", 1, "TRAVEL", "asserted", [("Traveler", "Marines", 1), ("Destination", "U.S. Embassy", 1)]),
        ],
    },
}


def occurrences(text, surface):
    """Start offsets of whole-word occurrences, in code points (Python's str indexes)."""
    pattern = r"(?<![\w-])" + re.escape(surface) + r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def build(stem, spec):
    text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
    marked = []  # (start, end, label, surface)
    for surface, label in sorted(spec["entities"], key=lambda entry: -len(entry[0])):
        found = occurrences(text, surface)
        if not found:
            raise SystemExit(f"{stem}: no occurrence of {surface!r}")
        for start in found:
            end = start + len(surface)
            if not any(start < other_end and other_start < end for other_start, other_end, _, _ in marked):
                marked.append((start, end, label, surface))
    marked.sort()
    entities = [{"id": f"T{i + 1}", "start": s, "end": e, "label": l, "text": text[s:e]}
                for i, (s, e, l, _) in enumerate(marked)]
    by_surface = {}
    for entity, (_, _, _, surface) in zip(entities, marked):
        by_surface.setdefault(surface, []).append(entity["id"])
    events = []
    for n, (trigger, which, kind, modality, arguments) in enumerate(spec["events"], 1):
        starts = occurrences(text, trigger)
        if len(starts) < which:
            raise SystemExit(f"{stem}: trigger {trigger!r} has no occurrence {which}")
        start = starts[which - 1]
        args = []
        for role, surface, occurrence in arguments:
            ids = by_surface.get(surface, [])
            if len(ids) < occurrence:
                raise SystemExit(f"{stem}: {surface!r} has no marked occurrence {occurrence}")
            args.append({"role": role, "entity": ids[occurrence - 1]})
        events.append({"id": f"E{n}", "type": kind, "trigger": {"start": start, "end": start + len(trigger),
                       "text": trigger}, "arguments": args, "attributes": {"modality": modality}})
    return {"id": stem, "text": text, "offsets": "codepoints", "entities": entities, "events": events}


def main():
    with open(HERE.parent / "heldout-gold.jsonl", "w", encoding="utf-8") as out:
        for stem, spec in ANNOTATIONS.items():
            out.write(json.dumps(build(stem, spec), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
