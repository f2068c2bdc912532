//! The `safar` command (see the `safar_cli` library).

fn main() -> std::process::ExitCode {
    safar_cli::main()
}
