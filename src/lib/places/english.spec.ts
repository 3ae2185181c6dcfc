import { describe, expect, it } from 'vitest';
import { englishLabel, englishNames, englishPlace, placeLabel, placePinyin, type NameLevel } from './english';

describe('englishPlace', () => {
	it.each([
		['白云区', undefined, 'Baiyun District'],
		['广州市', 'city', 'Guangzhou'],
		['北京市', 'province', 'Beijing'],
		['乐清市', 'district', 'Yueqing City'],
		['广东省', 'province', 'Guangdong Province'],
		['番禺区', undefined, 'Panyu District'],
		['花都区', 'district', 'Huadu District'],
		['黄陂区', 'district', 'Huangpi District'],
		['成都市', 'city', 'Chengdu'],
		['都江堰市', 'district', 'Dujiangyan City'],
		['六安市', 'city', "Lu'an"],
		['西安市', 'city', "Xi'an"],
		['长安镇', 'street', "Chang'an Town"],
		['东阿县', 'district', "Dong'e County"],
		['石门街道', 'street', 'Shimen Subdistrict'],
		['沙面街道办事处', 'street', 'Shamian Subdistrict'],
		['鳌头镇', 'street', 'Aotou Town'],
		['石滩乡', 'street', 'Shitan Township'],
		['大理白族自治州', 'city', 'Dali Bai Autonomous Prefecture'],
		['阿坝藏族羌族自治州', 'city', 'Aba Zang Qiang Autonomous Prefecture'],
		['恩施土家族苗族自治州', 'city', 'Enshi Tujia Miao Autonomous Prefecture'],
		['长阳土家族自治县', 'district', 'Changyang Tujia Autonomous County'],
		['鄂伦春自治旗', 'district', 'Elunchun Autonomous Banner'],
		['兴安盟', 'city', "Xing'an League"],
		['阿拉善左旗', 'district', 'Alashanzuo Banner'],
		['大兴安岭地区', 'city', "Daxing'anling Prefecture"],
		['神农架林区', 'city', 'Shennongjia Forestry District'],
		['陕西省', 'province', 'Shaanxi Province'],
		['山西省', 'province', 'Shanxi Province'],
		['内蒙古自治区', 'province', 'Inner Mongolia Autonomous Region'],
		['新疆维吾尔自治区', 'province', 'Xinjiang Uygur Autonomous Region'],
		['绿春县', 'district', 'Lüchun County'],
		['重庆市', 'province', 'Chongqing'],
		['厦门市', 'city', 'Xiamen'],
		['区', undefined, 'Qu'],
		['Mars', undefined, 'Mars'],
		["O'Brien区", undefined, "O'Brien District"]
	] as [string, NameLevel | undefined, string][])('%s (%s) → %s', (zh, level, en) => expect(englishPlace(zh, level)).toBe(en));
});

describe('labels', () => {
	it('English with the Chinese after it, Chinese alone on Chinese pages', () => {
		expect(englishLabel('白云区')).toBe('Baiyun District (白云区)');
		expect(englishLabel('广州市', 'city')).toBe('Guangzhou (广州市)');
		expect(placeLabel('广东省', 'en', 'province')).toBe('Guangdong Province (广东省)');
		expect(placeLabel('广东省', 'zh', 'province')).toBe('广东省');
		expect(englishLabel('Mars')).toBe('Mars');
	});
	it('a map of names, empty ones skipped', () => {
		expect(englishNames(['海珠区', null, '', '海珠区'])).toEqual({ 海珠区: 'Haizhu District (海珠区)' });
	});
	it('pinyin of a run', () => expect(placePinyin('珠江')).toBe('Zhujiang'));
});
