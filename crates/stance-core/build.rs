//! Rebuilds the engine when a message catalogue changes or is added: the catalogues are
//! embedded by a macro, which cargo does not know reads them.

fn main() {
    println!("cargo::rerun-if-changed=locales");
}
