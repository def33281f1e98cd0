"""Cuts a faithful excerpt of a large OpenAPI/Swagger JSON document.

Keeps paths in document order until the excerpt would pass the byte budget, together with every
component they reference (transitively) and all security schemes. Nothing inside a kept path or
component is changed, except that media-type examples pointing into components/examples are
dropped. Usage: python3 excerpt.py [--depth N] SOURCE.json TARGET.json [BUDGET_BYTES]
[PATH_PREFIX...]; with --depth, schemas more than N refs away from a kept path are replaced by an
empty object stub of the same name (their refs still resolve).
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
        node = node[int(part)] if isinstance(node, list) else node[part]
    return parts, node


DEPTH = None  # set by --depth: components farther than this many refs from a path are stubbed


def closure(doc, roots):
    """Referenced components, each with its distance (in refs) from the kept paths."""
    seen, frontier = {}, set()
    refs(roots, frontier)
    depth = 1
    while frontier:
        next_frontier = set()
        for ref in frontier:
            if ref in seen:
                continue
            seen[ref] = depth
            try:
                _, node = lookup(doc, ref)
            except (KeyError, TypeError):
                continue
            refs(node, next_frontier)
        frontier = next_frontier
        depth += 1
    return seen


STUB = {"type": "object", "description": "Excerpt: this schema is not part of the excerpt."}


def without_examples(node):
    """A copy of node without media-type examples that point into components/examples."""
    if isinstance(node, dict):
        return {k: without_examples(v) for k, v in node.items()
                if not (k == "examples" and "#/components/examples/" in json.dumps(v))}
    if isinstance(node, list):
        return [without_examples(v) for v in node]
    return node


def build(doc, paths):
    paths = without_examples(paths)
    out = {k: v for k, v in doc.items() if k not in ("paths", "components", "definitions",
                                                      "parameters", "responses", "webhooks",
                                                      "x-webhooks", "tags")}
    out["paths"] = paths
    for ref, depth in sorted(closure(doc, paths).items()):
        if ref.startswith("#/paths/") or ref.startswith("#/components/examples/"):
            continue  # a ref into another path item: resolved by the parser, not copied
        parts, node = lookup(doc, ref)
        if len(parts) != 3 and not (len(parts) == 2 and parts[0] == "definitions"):
            continue  # a ref into the middle of a kept component
        if DEPTH is not None and depth > DEPTH:
            if parts[-2] != "schemas" and parts[0] != "definitions":
                continue
            node = STUB
        target = out
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = without_examples(node)
    schemes = doc.get("components", {}).get("securitySchemes")
    if schemes:
        out.setdefault("components", {})["securitySchemes"] = schemes
    if doc.get("securityDefinitions"):
        out["securityDefinitions"] = doc["securityDefinitions"]
    return out


def main():
    global DEPTH
    if sys.argv[1] == "--depth":
        DEPTH = int(sys.argv[2])
        del sys.argv[1:3]
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
