"""Photos, floor plans and their files, for the catalog (no Qt, no HTTP).

- ``checks``: is this file a photo or a plan we can show (type by content, size, dimensions,
  decodable)? Each refusal is a short reason, reported as ``row N: field: reason``.
- ``sources``: the folder or ZIP beside a catalog file that the file's names point into.
- ``store``: the content-addressed store in the data folder (SHA-256 names), with thumbnail
  and screen-size versions made once, and a size budget.
- ``illustrations``: generated drawings (façade, plot layout, floor plan) for the demo
  catalog, deterministic for a seed and marked "illustration".
"""
