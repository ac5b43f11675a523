//! Reads each predicate's x86-64 assembly, as rustc emits it for an optimized
//! build, and checks that it is a single comparison: no branch, no call.

use crate::compile;

/// The predicates, each to be checked in its own probe function.
const PREDICATES: [&str; 6] = [
    "is_informational",
    "is_success",
    "is_redirect",
    "is_client_error",
    "is_server_error",
    "is_error",
];

/// Checks every predicate, printing each one's instructions.
pub fn check() -> Result<(), String> {
    println!("machine code of the predicates (rustc -C opt-level=3, x86-64):");
    if !cfg!(target_arch = "x86_64") {
        println!(
            "  skipped: the check reads x86-64 assembly, and this target is {}",
            std::env::consts::ARCH
        );
        return Ok(());
    }
    judge_controls()?;
    let asm = compile_probe()?;
    let mut failures = Vec::new();
    for predicate in PREDICATES {
        let body = function_body(&asm, &format!("probe_{predicate}"))
            .ok_or_else(|| format!("no probe_{predicate} in the assembly"))?;
        let verdict = judge(&body);
        println!(
            "  {predicate:<16} {:<2} {:<4} {}",
            body.len() - 1,
            verdict.as_ref().map_or("FAIL", |()| "ok"),
            body.join("; ")
        );
        if let Err(why) = verdict {
            failures.push(format!("{predicate}: {why}"));
        }
    }
    println!("  (instruction count before `ret`)");
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("; "))
    }
}

/// Compiles a probe crate that wraps each predicate in an exported,
/// never-inlined function, and returns its assembly.
fn compile_probe() -> Result<String, String> {
    let mut source = String::from("#![no_std]\nuse http_status::status;\n");
    for predicate in PREDICATES {
        source += &format!(
            "#[no_mangle]\n#[inline(never)]\npub fn probe_{predicate}(code: u16) -> bool {{ status::{predicate}(code) }}\n"
        );
    }
    let asm = compile::program(
        "predicate_probe",
        &source,
        &["--crate-type", "lib", "--emit", "asm"],
    )?;
    std::fs::read_to_string(&asm).map_err(|e| format!("reading {}: {e}", asm.display()))
}

/// The instructions of `function`, up to and including its `ret`, without
/// assembler directives or labels. Follows `function = other` when LLVM has
/// merged two identical functions.
fn function_body(asm: &str, function: &str) -> Option<Vec<String>> {
    let alias_prefix = format!("{function} = ");
    if let Some(target) = asm
        .lines()
        .find_map(|line| line.strip_prefix(&alias_prefix))
    {
        return function_body(asm, target.trim());
    }
    let label = format!("{function}:");
    let mut lines = asm.lines().skip_while(|line| *line != label).skip(1);
    let mut body = Vec::new();
    for line in &mut lines {
        let line = line.trim();
        if line.is_empty() || line.starts_with('.') || line.starts_with('#') || line.ends_with(':')
        {
            continue;
        }
        let instruction = line.split_whitespace().collect::<Vec<_>>().join(" ");
        let done = instruction.starts_with("ret");
        body.push(instruction);
        if done {
            return Some(body);
        }
    }
    None
}

/// Whether a body is a single comparison: no jump and no call, one
/// instruction that compares (`cmp` or `test`) at the most, and one that
/// reads the flags (`setcc`, `cmovcc`, `adc` or `sbb`), whatever moves and
/// arithmetic surround them. A second comparison needs a second reader of
/// flags, or a branch.
fn judge(body: &[String]) -> Result<(), String> {
    let mnemonic = |insn: &String| insn.split_whitespace().next().unwrap_or("").to_owned();
    let count =
        |test: &dyn Fn(&str) -> bool| body.iter().filter(|insn| test(&mnemonic(insn))).count();
    let jumps = count(&|m| m.starts_with('j'));
    let calls = count(&|m| m.starts_with("call"));
    let compares = count(&|m| m.starts_with("cmp") || m.starts_with("test"));
    let flag_readers = count(&|m| {
        m.starts_with("set")
            || m.starts_with("cmov")
            || m.starts_with("adc")
            || m.starts_with("sbb")
    });
    match () {
        _ if jumps > 0 => Err("it branches".to_owned()),
        _ if calls > 0 => Err("it calls a function".to_owned()),
        _ if compares > 1 => Err(format!("{compares} comparisons, not 1")),
        _ if flag_readers != 1 => Err(format!("{flag_readers} readers of the flags, not 1")),
        _ => Ok(()),
    }
}

/// The judge itself, on bodies whose verdict is known: a check that could not
/// fail would prove nothing.
fn judge_controls() -> Result<(), String> {
    let controls = [
        ("addl $-200, %edi; cmpw $100, %di; setb %al; retq", true),
        (
            "leal -200(%rdi), %eax; cmpw $100, %ax; setb %al; retq",
            true,
        ),
        (
            "addl $-400, %edi; movzwl %di, %eax; cmpl $200, %eax; setb %al; retq",
            true,
        ),
        ("cmpw $200, %di; jb .LBB0_2; xorl %eax, %eax; retq", false),
        ("addl $-200, %edi; callq *%rax; retq", false),
        (
            "cmpw $200, %di; setae %cl; cmpw $300, %di; setb %al; andb %cl, %al; retq",
            false,
        ),
        (
            "subw $200, %di; setae %cl; cmpw $100, %di; setb %al; andb %cl, %al; retq",
            false,
        ),
    ];
    for (text, passes) in controls {
        let body: Vec<String> = text.split("; ").map(str::to_owned).collect();
        if judge(&body).is_ok() != passes {
            return Err(format!("the judge got its control wrong: {text}"));
        }
    }
    Ok(())
}
