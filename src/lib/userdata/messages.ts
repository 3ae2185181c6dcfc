/** UI strings of the "your own data" panel and /data page, Chinese and English. */
import { locale } from '../i18n';

const zh = {
	'nav.data': '我的数据',
	'button.open': '添加数据',
	'button.close': '关闭',
	'page.title': '添加我自己的数据',
	'page.lead': '拖入或选择文件：CSV / TSV、Parquet（按 SCHEMA 的表结构），或报告文档（.txt / .md / .docx / .pdf / .xlsx / .xls / 网页 .html / .mhtml / .zip 批量）；扫描件与 .doc 请用命令行导入（npm run ingest）。文件只保存在这个浏览器中，不会上传。',
	'drop.hint': '把文件或文件夹拖到这里',
	'drop.files': '选择文件',
	'drop.folder': '选择文件夹',
	'mode.label': '载入方式',
	'mode.append': '追加到我已有的数据',
	'mode.replace': '替换我在同一张表中的数据',
	'status.starting': '正在启动数据库…',
	'status.error': '数据库出错：{msg}',
	'status.restored': '已从本浏览器恢复你之前添加的数据',
	'file.checking': '正在检查…',
	'file.ready': '可载入 {rows} 行 → {table}',
	'file.readyReport': '可载入报告 → 所有表',
	'file.bad': '{bad} 行有问题（共 {total} 行）',
	'file.refused': '无法载入',
	'file.loading': '正在载入…',
	'file.loaded': '已载入 {rows} 行',
	'file.cancelled': '已取消，数据未改变',
	'file.failed': '载入失败，数据未改变：{msg}',
	'file.load': '载入',
	'file.skipLoad': '跳过 {bad} 行问题数据，载入其余 {rows} 行',
	'file.cancel': '取消',
	'file.fixHint': '要修正：在原文件中改正后重新上传。',
	'file.notes': '提示',
	'file.problems': '问题',
	'file.more': '另有 {n} 条未列出',
	'all.load': '载入全部可载入的文件',
	'mine.title': '我添加的数据',
	'mine.none': '还没有添加数据。',
	'mine.count': '{table}：{n} 行',
	'mine.forget': '清除我的数据',
	'mine.forgetConfirm': '确定清除你在本浏览器中添加的所有数据？原始数据不受影响。',
	'mine.forgotten': '已清除，看板恢复为原始数据。',
	'mine.marker': '看板中你添加的行带有 user_data = true 标记。',
	'col.file': '文件',
	'col.row': '行',
	'col.column': '列',
	'col.value': '值',
	'col.reason': '原因',
	'link.page': '打开“我的数据”页面'
} as const;

export type UserMessageKey = keyof typeof zh;

const en: Record<UserMessageKey, string> = {
	'nav.data': 'My data',
	'button.open': 'Add data',
	'button.close': 'Close',
	'page.title': 'Add your own data',
	'page.lead': 'Drop or pick files: CSV / TSV or Parquet shaped like the SCHEMA tables, or report documents (.txt / .md / .docx / .pdf / .xlsx / .xls / saved pages .html / .mhtml / a .zip batch); scans and .doc through the CLI (npm run ingest). Files stay in this browser; nothing is uploaded.',
	'drop.hint': 'Drop files or a folder here',
	'drop.files': 'Pick files',
	'drop.folder': 'Pick a folder',
	'mode.label': 'Loading mode',
	'mode.append': 'Append to my data',
	'mode.replace': 'Replace my data in the same table',
	'status.starting': 'Starting the database…',
	'status.error': 'Database error: {msg}',
	'status.restored': 'Restored the data you added earlier in this browser',
	'file.checking': 'Checking…',
	'file.ready': 'Ready: {rows} rows → {table}',
	'file.readyReport': 'Ready: one report → all tables',
	'file.bad': '{bad} of {total} rows have problems',
	'file.refused': 'Cannot be loaded',
	'file.loading': 'Loading…',
	'file.loaded': 'Loaded {rows} rows',
	'file.cancelled': 'Cancelled; nothing changed',
	'file.failed': 'Loading failed; nothing changed: {msg}',
	'file.load': 'Load',
	'file.skipLoad': 'Skip {bad} bad rows, load the other {rows}',
	'file.cancel': 'Cancel',
	'file.fixHint': 'To fix: correct the original file and upload it again.',
	'file.notes': 'Notes',
	'file.problems': 'Problems',
	'file.more': '{n} more not listed',
	'all.load': 'Load every ready file',
	'mine.title': 'Data you added',
	'mine.none': 'Nothing added yet.',
	'mine.count': '{table}: {n} rows',
	'mine.forget': 'Forget my data',
	'mine.forgetConfirm': 'Remove all data you added in this browser? The original data is not affected.',
	'mine.forgotten': 'Forgotten; the dashboard shows the original data again.',
	'mine.marker': 'Rows you added carry user_data = true in every table.',
	'col.file': 'File',
	'col.row': 'Row',
	'col.column': 'Column',
	'col.value': 'Value',
	'col.reason': 'Reason',
	'link.page': 'Open the “My data” page'
};

/** Translates a user-data UI key in the active locale, filling `{name}` placeholders. */
export function ut(key: UserMessageKey, params?: Record<string, string | number>): string {
	const template: string = locale.current === 'en' ? en[key] : zh[key];
	return params ? template.replace(/\{(\w+)\}/g, (m, n: string) => (n in params ? String(params[n]) : m)) : template;
}

/** Every key has both languages (used by the spec). */
export const USER_MESSAGES = { zh, en };
