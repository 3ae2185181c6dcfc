import { describe, expect, it } from 'vitest';
import { isBackgroundTitle, isFurniture } from './shared';

const FURNITURE: [string, boolean][] = [
	['当前位置：首页 > 政务公开 > 财政资金', true],
	['您现在的位置: 首页 > 工作动态 > 通知公告', true],
	['首页 > 信息公开 > 预决算公开 > 绩效评价', true],
	['索引号：11520000-2023-00731', true],
	['发布机构：某某县文化馆', true],
	['发布日期：2023-06-18', true],
	['浏览次数：386', true],
	['分享到：', true],
	['字号：大 中 小', true],
	['【字体：大 中 小】 打印', true],
	['打印本页 关闭窗口', true],
	['【打印】【关闭】', true],
	['全年开展送戏下乡演出24场。', false],
	['项目来源：县财政局下达的专项资金', false],
	['', false]
];

describe('isFurniture', () => {
	it.each(FURNITURE)('%s → %s', (line, want) => expect(isFurniture(line)).toBe(want));
});

const TITLES: [string, boolean][] = [
	['基本情况', true],
	['项目基本情况', true],
	['项目概况', true],
	['单位概况', true],
	['部门概况', true],
	['项目背景', true],
	['“党群服务中心专项经费”项目概述', true],
	['人员情况', true],
	['项目实施情况', false],
	['绩效目标', false],
	['绩效评价概述', false],
	['项目资金来源及使用情况', false],
	['产出指标完成情况', false]
];

describe('isBackgroundTitle', () => {
	it.each(TITLES)('%s → %s', (t, want) => expect(isBackgroundTitle(t)).toBe(want));
});
