//! How many bytes a program loads: the sizes of an ELF file's allocated
//! sections that the file holds, added up. That leaves out debug
//! information and symbols, which are not loaded, and sections that only
//! reserve memory, such as `.bss` and the linker's page padding
//! (`.relro_padding`).

/// The loaded bytes of the 64-bit little-endian ELF file `bytes`, or why it
/// cannot be read as one.
pub fn loaded_bytes(bytes: &[u8]) -> Result<u64, String> {
    if bytes.get(..6) != Some(b"\x7fELF\x02\x01") {
        return Err("not a 64-bit little-endian ELF file".to_owned());
    }
    let table = read(bytes, 0x28, 8)?;
    let entry_size = read(bytes, 0x3a, 2)?;
    let count = read(bytes, 0x3c, 2)?;
    let mut total = 0;
    for section in 0..count {
        let header = (table + section * entry_size) as usize;
        const SHT_NOBITS: u64 = 8;
        const SHF_ALLOC: u64 = 2;
        let kind = read(bytes, header + 4, 4)?;
        if kind != SHT_NOBITS && read(bytes, header + 8, 8)? & SHF_ALLOC != 0 {
            total += read(bytes, header + 32, 8)?;
        }
    }
    Ok(total)
}

/// The little-endian number of `width` bytes at `at`.
fn read(bytes: &[u8], at: usize, width: usize) -> Result<u64, String> {
    let field = bytes
        .get(at..at + width)
        .ok_or_else(|| format!("the ELF file ends before byte {}", at + width))?;
    Ok(field
        .iter()
        .rev()
        .fold(0, |value, &byte| value << 8 | u64::from(byte)))
}
