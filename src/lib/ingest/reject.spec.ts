import { describe, expect, it } from 'vitest';
import { notReportReason } from './extract';

// Texts written for this test after the kinds of pages a user collects along with reports.
const NOTICE = [
	'关于公开2024年度部门项目支出绩效自评报告的通知',
	'各乡镇人民政府，县直各单位：',
	'根据预算绩效管理工作安排，现将各单位2024年度项目支出绩效自评报告予以公开，请登录门户网站查阅。',
	'附件：1.县农业农村局2024年度项目支出绩效自评报告',
	'2.县水利局2024年度项目支出绩效自评报告',
	'某县财政局',
	'2025年5月20日'
].join('\n');

const NOTICE_WITH_RESULTS = [
	'关于2024年度重点项目绩效评价结果的公示',
	'经第三方评价，县城供水管网改造项目预算1200万元，实际支出1150万元，执行率95.83%，评价得分91分，评价等级为优。'
].join('\n');

const REPORT = ['某县水利局2024年度项目支出绩效自评报告', '一、项目基本情况', '项目预算120万元，实际支出118万元。自评得分95分。'].join('\n');

describe('notReportReason', () => {
	it.each([
		['a notice that lists reports, with no result', NOTICE, /通知或公告/],
		['a notice that states a result is read', NOTICE_WITH_RESULTS, null],
		['a report', REPORT, null],
		['text without budget wording', '关于开展读书月活动的通知\n请各单位积极参加。', /未找到预算/]
	])('%s', (_t, text, want) => {
		const why = notReportReason(text);
		if (want === null) expect(why).toBeNull();
		else expect(why).toMatch(want);
	});
});
