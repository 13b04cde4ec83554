# Writes tests/src/catalog/cyclos_models.rs from crates/cyclos-auth (its tests/models.rs
# fixtures and its models' sources). Run `python3 tests/gen_cyclos_models.py && cargo fmt --all`.
import re, os, json
here=os.path.dirname(os.path.abspath(__file__))
root=os.path.join(here, '..', 'crates', 'cyclos-auth')
src=open(root+'/tests/models.rs').read()
names=[l.split('::')[-1].strip(' ;\n') for l in open(root+'/src/models/mod.rs') if l.startswith('pub use')]
structs={m.group(1):m.group(2) for m in re.finditer(r'round_trip::<(\w+)>\(\s*r##"(.*?)"##', src, re.S)}
enums={m.group(1):re.findall(r'"([^"]*)"', m.group(2)) for m in re.finditer(r'enum_round_trip::<(\w+)>\(&\[(.*?)\]', src, re.S)}
def snake(n): return re.sub(r'(?<!^)(?=[A-Z])','_',n).lower()
def required(n):
    f=root+'/src/models/%s.rs'%snake(n)
    s=open(f).read()
    req=[]
    for m in re.finditer(r'#\[serde\(rename = "(\w+)"\)\]\s*pub \w+: ([^,\n]+),', s):
        if not m.group(2).startswith('Option<'): req.append(m.group(1))
    return req
missing=[n for n in names if n not in structs and n not in enums]
assert not missing, missing
rows=[]; decs=[]
for n in names:
    decs.append('    decode::model::<%s>(body);'%n)
    if n in enums:
        vals=enums[n]
        rows.append('''        ModelRow {
            name: "cyclos %s",
            check: || enum_values::<%s>(&%s),
        },'''%(n,n,json.dumps(vals).replace('", "','", "')))
    else:
        req=required(n)
        fixture=json.loads(structs[n])
        minimal={k:fixture[k] for k in req}
        rows.append('''        ModelRow {
            name: "cyclos %s",
            check: || {
                from_json::<%s>(
                    r##"%s"##,
                    r##"%s"##,
                    &%s,
                )
            },
        },'''%(n,n,json.dumps(fixture,separators=(',',':'),ensure_ascii=False),json.dumps(minimal,separators=(',',':')),'['+', '.join('"%s"'%r for r in req)+']'))
out=open(os.path.join(here, 'src', 'catalog', 'cyclos_models.rs'), 'w')
out.write('''//! Generated from `crates/cyclos-auth/tests/models.rs` (its fixture of every
//! model: every field set) and the models' sources (their required fields):
//! the decoder and round-trip rows of all %d cyclos models. Regenerate rather
//! than edit when the models change (`python3 tests/gen_cyclos_models.py`).

use cyclos_auth::models::*;

use super::ModelRow;
use crate::decode;

use super::cyclos::{enum_values, from_json};

/// Decodes `body` as each of the %d models.
pub(super) fn models_from(body: &[u8]) {
%s
}

/// Every model: objects from their fully set fixture and from only their
/// required fields; enums from every documented value and an unknown one.
pub(super) fn models() -> Vec<ModelRow> {
    vec![
%s
    ]
}
'''%(len(names),len(names),'\n'.join(decs),'\n'.join(rows)))
print(len(names), len(enums), len(structs), [n for n in names if n in structs and required(n)])
