"""Cuts a faithful excerpt of a large OpenAPI/Swagger JSON document.

Keeps paths in document order until the excerpt would pass the byte budget, together with every
component they reference (transitively) and all security schemes. Nothing inside a kept path or
component is changed. Usage: python3 excerpt.py SOURCE.json TARGET.json [BUDGET_BYTES] [PATH_PREFIX...]
"""
import json
import sys


def refs(node, out):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            out.add(ref)
        for value in node.values():
            refs(value, out)
    elif isinstance(node, list):
        for value in node:
            refs(value, out)


def lookup(doc, ref):
    node = doc
    parts = [p.replace("~1", "/").replace("~0", "~") for p in ref[2:].split("/")]
    for part in parts:
        node = node[part]
    return parts, node


def closure(doc, roots):
    seen, todo = set(), set()
    refs(roots, todo)
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        try:
            _, node = lookup(doc, ref)
        except (KeyError, TypeError):
            continue
        refs(node, todo)
    return seen


def build(doc, paths):
    out = {k: v for k, v in doc.items() if k not in ("paths", "components", "definitions",
                                                      "parameters", "responses")}
    out["paths"] = paths
    for ref in sorted(closure(doc, paths)):
        parts, node = lookup(doc, ref)
        target = out
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = node
    schemes = doc.get("components", {}).get("securitySchemes")
    if schemes:
        out.setdefault("components", {})["securitySchemes"] = schemes
    if doc.get("securityDefinitions"):
        out["securityDefinitions"] = doc["securityDefinitions"]
    return out


def main():
    source, target = sys.argv[1], sys.argv[2]
    budget = int(sys.argv[3]) if len(sys.argv) > 3 else 200_000
    prefixes = sys.argv[4:]
    with open(source, encoding="utf-8") as f:
        doc = json.load(f)
    kept = {}
    for path, item in doc.get("paths", {}).items():
        if prefixes and not any(path.startswith(p) for p in prefixes):
            continue
        trial = dict(kept)
        trial[path] = item
        if len(json.dumps(build(doc, trial))) > budget and kept:
            continue
        kept = trial
    result = build(doc, kept)
    with open(target, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(target, len(kept), "paths", len(json.dumps(result)), "bytes")


if __name__ == "__main__":
    main()
