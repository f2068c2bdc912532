//! The committed JSON Schema must match the one generated from the types.
//! Regenerate it with `SAFAR_BLESS=1 cargo test -p safar-core --test schema`.

use std::path::PathBuf;

#[test]
fn committed_schema_is_current() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schema/safar-journey-map.v1.schema.json");
    let generated = safar_core::file::json_schema();
    if std::env::var_os("SAFAR_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("write the schema");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "schema/safar-journey-map.v1.schema.json is stale: run `SAFAR_BLESS=1 cargo test -p safar-core --test schema` and commit it"
    );
}
