# Usage: python3 bench/wasm-sizes.py target/wasm32-unknown-unknown/release/safar_widget.wasm [groups]
# Function sizes of a wasm module by name (code section bodies + name section), grouped by crate:
# a stand-in for `twiggy top`, which this machine does not have.
import sys, re, collections
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
data = open(sys.argv[1], 'rb').read(); i = 8
imports = 0; bodies = []; names = {}
while i < len(data):
    sid = data[i]; i += 1; size, i = leb(data, i); end = i + size
    if sid == 2:
        n, j = leb(data, i)
        for _ in range(n):
            l, j = leb(data, j); j += l; l, j = leb(data, j); j += l
            kind = data[j]; j += 1
            if kind == 0: _, j = leb(data, j); imports += 1
            elif kind == 1: j += 1; f, j = leb(data, j); _, j = leb(data, j); j = j if not f & 1 else leb(data, j)[1]
            elif kind == 2: f, j = leb(data, j); _, j = leb(data, j); j = j if not f & 1 else leb(data, j)[1]
            elif kind == 3: j += 2
    elif sid == 10:
        n, j = leb(data, i)
        for _ in range(n):
            l, j = leb(data, j); bodies.append(l); j += l
    elif sid == 0:
        l, j = leb(data, i); name = data[j:j+l].decode(); j += l
        if name == 'name':
            while j < end:
                sub = data[j]; j += 1; sl, j = leb(data, j); se = j + sl
                if sub == 1:
                    n, k = leb(data, j)
                    for _ in range(n):
                        idx, k = leb(data, k); l, k = leb(data, k); names[idx] = data[k:k+l].decode('utf8', 'replace'); k += l
                j = se
    i = end
groups = collections.Counter()
for n, size in enumerate(bodies):
    name = names.get(imports + n, '?')
    m = re.search(r'(safar_[a-z_]+|leptos[a-z_]*|tachys|reactive_graph|fluent[a-z_]*|serde[a-z_]*|wasm_bindgen[a-z_]*|js_sys|web_sys|core|alloc|std|intl[a-z_]*|unic[a-z_]*)', name)
    groups[m.group(1) if m else 'other'] += size
print('total code bytes', sum(bodies), 'functions', len(bodies), 'named', len(names))
for g, s in groups.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 14): print(f'{s:9d} {g}')
