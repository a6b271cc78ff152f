//! The `stance` executable: a shim around [`stance::run`].

fn main() {
    std::process::exit(stance::run(std::env::args_os()));
}
