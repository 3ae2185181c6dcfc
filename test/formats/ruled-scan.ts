/**
 * A scanned 项目支出绩效自评表 with ruled borders, written for the scan-table spec (project, place, names and
 * figures invented here, not copied from a real report): a header block (年初预算数/全年预算数/全年执行数/
 * 执行率), an 一级指标 cell merged over four rows, a 二级指标 cell merged over two, and cells that wrap
 * (a long 三级指标 name and 偏差原因 in narrow columns). RULED_EXPECTED is what a person reads in it.
 */

export const RULED_TITLE = '2024年度青山镇农村饮水安全工程维修养护项目支出绩效自评报告';

const PROSE = '为加强财政资金管理，青山镇人民政府对2024年度农村饮水安全工程维修养护项目开展了绩效自评，自评表如下。';

/** The page: a title, one paragraph, the bordered 自评表 (fixed column widths, so two cells wrap), a signature line. */
export function ruledScanHtml(): string {
	const td = (s: string, a = '') => `<td${a}>${s}</td>`;
	return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
body{font:15pt "Noto Sans CJK SC",sans-serif;padding:40px 50px;background:#fff;color:#000}
h1{font-size:19pt;text-align:center}
table{border-collapse:collapse;table-layout:fixed;width:1130px}
td{border:1.5px solid #000;padding:6px 8px;font-size:13pt;text-align:center;vertical-align:middle}
</style><body><h1>${RULED_TITLE}</h1><p>${PROSE}</p>
<table>
<colgroup><col style="width:120px"><col style="width:135px"><col style="width:190px"><col style="width:130px"><col style="width:130px"><col style="width:80px"><col style="width:80px"><col style="width:265px"></colgroup>
<tr>${td('2024年度项目支出绩效自评表', ' colspan="8"')}</tr>
<tr>${td('项目名称')}${td('青山镇农村饮水安全工程维修养护', ' colspan="7"')}</tr>
<tr>${td('主管部门')}${td('青山镇人民政府', ' colspan="3"')}${td('实施单位')}${td('青山镇农业农村办公室', ' colspan="3"')}</tr>
<tr>${td('项目资金（万元）')}${td('年初预算数')}${td('全年预算数')}${td('全年执行数')}${td('分值')}${td('执行率')}${td('得分', ' colspan="2"')}</tr>
<tr>${td('年度资金总额')}${td('86')}${td('86')}${td('79.12')}${td('10')}${td('92%')}${td('9.2', ' colspan="2"')}</tr>
<tr>${td('一级指标')}${td('二级指标')}${td('三级指标')}${td('年度指标值')}${td('实际完成值')}${td('分值')}${td('得分')}${td('偏差原因分析及改进措施')}</tr>
<tr>${td('产出指标', ' rowspan="4"')}${td('数量指标', ' rowspan="2"')}${td('维修供水管网长度')}${td('≥12公里')}${td('13.5公里')}${td('20')}${td('20')}${td('')}</tr>
<tr>${td('更换入户水表数量')}${td('≥800只')}${td('826只')}${td('10')}${td('10')}${td('')}</tr>
<tr>${td('质量指标')}${td('维修工程验收合格率')}${td('100%')}${td('100%')}${td('10')}${td('10')}${td('')}</tr>
<tr>${td('时效指标')}${td('故障报修后24小时内修复完成率')}${td('≥95%')}${td('93%')}${td('10')}${td('8')}${td('部分故障点位于山区，抢修路程较远，下年度增设巡检点')}</tr>
<tr>${td('效益指标')}${td('社会效益指标')}${td('受益农村人口')}${td('≥1.2万人')}${td('1.26万人')}${td('20')}${td('20')}${td('')}</tr>
<tr>${td('满意度指标')}${td('服务对象满意度指标')}${td('受益群众满意度')}${td('≥95%')}${td('94%')}${td('20')}${td('19')}${td('个别村组水压偏低')}</tr>
<tr>${td('总分', ' colspan="5"')}${td('100')}${td('96.2')}${td('')}</tr>
</table>
<p>填报单位：青山镇农业农村办公室</p></body></html>`;
}

/** What a person reads in the table (written by hand from the page above; level1 as the extractor names levels, without 指标). */
export const RULED_EXPECTED = {
	budget_wan: 86,
	actual_wan: 79.12,
	score: 96.2,
	indicators: [
		{ level1: '产出', name: '维修供水管网长度', target_text: '≥12公里', actual_text: '13.5公里', weight: 20, points: 20 },
		{ level1: '产出', name: '更换入户水表数量', target_text: '≥800只', actual_text: '826只', weight: 10, points: 10 },
		{ level1: '产出', name: '维修工程验收合格率', target_text: '100%', actual_text: '100%', weight: 10, points: 10 },
		{ level1: '产出', name: '故障报修后24小时内修复完成率', target_text: '≥95%', actual_text: '93%', weight: 10, points: 8 },
		{ level1: '效益', name: '受益农村人口', target_text: '≥1.2万人', actual_text: '1.26万人', weight: 20, points: 20 },
		{ level1: '满意度', name: '受益群众满意度', target_text: '≥95%', actual_text: '94%', weight: 20, points: 19 }
	]
} as const;

/** The table as a person would type it (rows of tab-separated cells, merged cells filled), to check the grid reader reads it. */
export const RULED_TEXT = [
	RULED_TITLE,
	PROSE,
	'2024年度项目支出绩效自评表',
	'项目名称\t青山镇农村饮水安全工程维修养护',
	'主管部门\t青山镇人民政府\t实施单位\t青山镇农业农村办公室',
	'项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
	'年度资金总额\t86\t86\t79.12\t10\t92%\t9.2',
	'一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
	'产出指标\t数量指标\t维修供水管网长度\t≥12公里\t13.5公里\t20\t20',
	'产出指标\t数量指标\t更换入户水表数量\t≥800只\t826只\t10\t10',
	'产出指标\t质量指标\t维修工程验收合格率\t100%\t100%\t10\t10',
	'产出指标\t时效指标\t故障报修后24小时内修复完成率\t≥95%\t93%\t10\t8\t部分故障点位于山区，抢修路程较远，下年度增设巡检点',
	'效益指标\t社会效益指标\t受益农村人口\t≥1.2万人\t1.26万人\t20\t20',
	'满意度指标\t服务对象满意度指标\t受益群众满意度\t≥95%\t94%\t20\t19\t个别村组水压偏低',
	'总分\t100\t96.2',
	'填报单位：青山镇农业农村办公室'
].join('\n');
