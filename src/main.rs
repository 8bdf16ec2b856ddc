use std::process::ExitCode;

fn main() -> ExitCode {
    citebot::cli::main()
}
