//! DRF's own names, read from `rest_framework/status.py` of the
//! djangorestframework package, which `.ci/drf` downloads from PyPI (the
//! file is DRF's code, so the repository keeps no copy): every
//! `HTTP_NNN_NAME = NNN` line it has is a constant of the crate, with that
//! code, and so is every line of the hand copy the other tests read.

use crate::common::DRF;
use http_status::status;

#[test]
#[ignore = "run by .ci/drf, which downloads DRF's status.py and names the file of its lines"]
fn every_name_drfs_status_py_gives_is_a_constant_with_its_code() {
    let path = std::env::var("DRF_NAMES")
        .expect("DRF_NAMES: the file of `NAME CODE` lines that .ci/drf reads from DRF's status.py");
    let text = std::fs::read_to_string(&path).expect("the names' file");
    let mut drf: Vec<(&str, u16)> = Vec::new();
    for line in text.lines() {
        let (name, code) = line.split_once(' ').expect("NAME CODE");
        drf.push((name, code.parse().expect("a code")));
    }
    for &(name, code) in &drf {
        assert_eq!(status::from_name(name), Some(code), "{name}");
        assert_eq!(status::name(code), Some(name), "{code}");
    }
    assert_eq!(drf, DRF.to_vec(), "the hand copy of DRF's names");
}
