//! Every string the storage screens show, zh-CN and English side by side. Kept here until the i18n
//! module takes them in. `{name}` marks a value filled in by `say`.

use super::entry::EntryProblem;
use super::transfer::{ImportError, MAX_IMPORT_BYTES, MAX_IMPORT_CASES};
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    MemoryOnly,
    QuotaFull,
    SaveRefused,
    SetAsideSummary,
    Migrated,
    ConflictCopy,
    Dismiss,
    Export,
    Retry,
    PanelTitle,
    ImportLabel,
    Imported,
    Untitled,
    DeleteAll,
    ConfirmDeleteAll,
    Cancel,
    SetAsideTitle,
    Unreadable,
    NewerVersion,
    CopyText,
    Discard,
    ConfirmDiscard,
    TooLarge,
    NotJson,
    NotAnExport,
    NewerFile,
    ForbiddenKey,
    TooManyCases,
    UnknownField,
    BadField,
    DuplicateId,
    ReadFailed,
}

impl Text {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Text::MemoryOnly => (
                "这个浏览器不允许本页保存数据（可能屏蔽了 Cookie、处于无痕模式或被嵌在受限的框架里）。你填写的内容只在本页有效，关闭后不会保留，请在离开前导出。",
                "This browser does not let the page keep data (cookies blocked, private mode or a restricted frame). What you enter lasts only while this page is open; nothing will be kept, so export before you leave.",
            ),
            Text::QuotaFull => (
                "浏览器的存储空间已满，最近的修改没有保存到本机。修改仍在本页中，没有丢失；请导出备份，或删除不需要的案件后重试。",
                "The browser's storage is full, so your latest changes were not saved on this device. They are still on this page, nothing is lost: export a backup, or delete cases you no longer need and try again.",
            ),
            Text::SaveRefused => (
                "浏览器拒绝保存，最近的修改没有保存到本机。修改仍在本页中；请导出备份后重试。",
                "The browser refused to save, so your latest changes were not saved on this device. They are still on this page: export a backup and try again.",
            ),
            Text::SetAsideSummary => (
                "有 {count} 条保存的记录无法读取。它们已单独保留，没有删除；可在“数据与备份”中查看原文。",
                "{count} saved entries could not be read. They were kept aside, not deleted; see their text under “Data and backup”.",
            ),
            Text::Migrated => ("已把旧版本保存的 {count} 个案件升级为新格式，内容没有改变。", "{count} cases saved by an earlier version were upgraded to the new format; their content is unchanged."),
            Text::ConflictCopy => (
                "案件“{title}”同时在另一个标签页中被修改。先保存的版本保留在原案件中，本页的修改另存为新案件“{copy}”，两份都没有丢失。",
                "The case “{title}” was changed in another tab at the same time. The version saved first stays in the case; this page's changes were saved as a new case “{copy}”. Neither was lost.",
            ),
            Text::Dismiss => ("知道了", "Got it"),
            Text::Export => ("导出全部案件", "Export all cases"),
            Text::Retry => ("重试保存", "Try saving again"),
            Text::PanelTitle => ("数据与备份", "Data and backup"),
            Text::ImportLabel => ("导入备份文件（.json）", "Import a backup file (.json)"),
            Text::Imported => (
                "导入完成：新增 {added} 个案件，{unchanged} 个与现有的相同，{copied} 个与现有案件同号但内容不同，已另存为新案件。",
                "Imported: {added} new cases, {unchanged} identical to ones you have, {copied} differing from a case with the same id and kept as new cases.",
            ),
            Text::Untitled => ("未命名案件", "Untitled case"),
            Text::DeleteAll => ("删除全部数据", "Delete everything"),
            Text::ConfirmDeleteAll => (
                "确定删除全部 {count} 个案件和所有单独保留的记录？删除后无法恢复，建议先导出。",
                "Delete all {count} cases and every entry kept aside? This cannot be undone; export first.",
            ),
            Text::Cancel => ("取消", "Cancel"),
            Text::SetAsideTitle => ("无法读取、已单独保留的记录", "Entries that could not be read, kept aside"),
            Text::Unreadable => ("这条记录（{key}）已损坏，无法读取：{detail}", "This entry ({key}) is damaged and cannot be read: {detail}"),
            Text::NewerVersion => (
                "这条记录（{key}）由更新版本（第 {version} 版）的助手保存，本版本无法读取。请更新后再打开。",
                "This entry ({key}) was saved by a newer version ({version}) of the assistant and cannot be read here. Update the assistant to open it.",
            ),
            Text::CopyText => ("复制原文", "Copy the text"),
            Text::Discard => ("删除这条记录", "Delete this entry"),
            Text::ConfirmDiscard => ("确定删除这条无法读取的记录？请先复制保存原文。", "Delete this unreadable entry? Copy its text first."),
            Text::TooLarge => ("文件太大（{bytes} 字节，上限 {limit} 字节），没有导入任何内容。", "The file is too large ({bytes} bytes, the limit is {limit}); nothing was imported."),
            Text::NotJson => (
                "这不是有效的 JSON 文件（第 {line} 行第 {column} 列：{detail}），没有导入任何内容。",
                "This is not a valid JSON file (line {line}, column {column}: {detail}); nothing was imported.",
            ),
            Text::NotAnExport => (
                "这不是售后助手导出的备份文件（缺少 \"format\": \"shouhou-cases\"），没有导入任何内容。",
                "This is not a backup exported by Shouhou (no \"format\": \"shouhou-cases\"); nothing was imported.",
            ),
            Text::NewerFile => (
                "这个文件由更新版本（第 {version} 版）的助手导出，本版本无法读取。请更新后再导入；没有导入任何内容。",
                "This file was exported by a newer version ({version}) of the assistant and cannot be read here. Update first; nothing was imported.",
            ),
            Text::ForbiddenKey => ("文件中含有不允许的字段名 {path}，已拒绝，没有导入任何内容。", "The file contains a forbidden field name at {path}; it was refused and nothing was imported."),
            Text::TooManyCases => ("文件中有 {count} 个案件，超过上限 {limit}，没有导入任何内容。", "The file holds {count} cases, more than the limit of {limit}; nothing was imported."),
            Text::UnknownField => ("文件中有无法识别的字段 {path}，没有导入任何内容。", "The file has a field this version does not know: {path}; nothing was imported."),
            Text::BadField => ("字段 {path} 有误：{detail}。没有导入任何内容。", "The field {path} is wrong: {detail}. Nothing was imported."),
            Text::DuplicateId => ("文件中案件编号 {id} 出现了不止一次，没有导入任何内容。", "The case id {id} appears more than once in the file; nothing was imported."),
            Text::ReadFailed => ("无法读取这个文件，没有导入任何内容。", "The file could not be read; nothing was imported."),
        }
    }
}

/// The text in `lang`, with each `{name}` replaced by its value.
pub fn say(lang: Lang, text: Text, values: &[(&str, String)]) -> String {
    let (zh, en) = text.pair();
    let mut out = match lang {
        Lang::ZhCn => zh,
        Lang::En => en,
    }
    .to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

pub fn entry_problem(lang: Lang, original_key: &str, problem: &EntryProblem) -> String {
    let key = ("key", original_key.to_string());
    match problem {
        EntryProblem::Unreadable { detail } => say(lang, Text::Unreadable, &[key, ("detail", detail.clone())]),
        EntryProblem::NewerVersion { version } => say(lang, Text::NewerVersion, &[key, ("version", version.to_string())]),
    }
}

pub fn import_error(lang: Lang, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { bytes } => {
            say(lang, Text::TooLarge, &[("bytes", bytes.to_string()), ("limit", MAX_IMPORT_BYTES.to_string())])
        }
        ImportError::NotJson { line, column, detail } => say(
            lang,
            Text::NotJson,
            &[("line", line.to_string()), ("column", column.to_string()), ("detail", detail.clone())],
        ),
        ImportError::NotAnExport => say(lang, Text::NotAnExport, &[]),
        ImportError::NewerVersion { version } => say(lang, Text::NewerFile, &[("version", version.to_string())]),
        ImportError::ForbiddenKey { path } => say(lang, Text::ForbiddenKey, &[("path", path.clone())]),
        ImportError::TooManyCases { count } => {
            say(lang, Text::TooManyCases, &[("count", count.to_string()), ("limit", MAX_IMPORT_CASES.to_string())])
        }
        ImportError::UnknownField { path } => say(lang, Text::UnknownField, &[("path", path.clone())]),
        ImportError::BadField { path, detail } => say(lang, Text::BadField, &[("path", path.clone()), ("detail", detail.clone())]),
        ImportError::DuplicateId { id } => say(lang, Text::DuplicateId, &[("id", id.clone())]),
    }
}
