/** Arrow → plain rows, once, at the boundary: the only place the browser side sees Arrow types. */
import { Type, util, type DataType, type Table, type Vector } from 'apache-arrow';
import type { Row } from './connector';

type Convert = (v: unknown) => unknown;

const same: Convert = (v) => v;
const toNumber: Convert = (v) => Number(v as number | bigint);
const msToIso: Convert = (v) => new Date(v instanceof Date ? v.getTime() : Number(v)).toISOString();

/** The converter for one Arrow type; typeId (not instanceof) so a second copy of apache-arrow still works. */
function converter(type: DataType): Convert {
	switch (type.typeId) {
		case Type.Int:
		case Type.Int64:
		case Type.Uint64:
			return (type as unknown as { bitWidth: number }).bitWidth === 64 ? toNumber : same;
		case Type.Decimal: {
			const scale = (type as unknown as { scale: number }).scale;
			return (v) => util.bigNumToNumber(v as Parameters<typeof util.bigNumToNumber>[0], scale);
		}
		case Type.Date:
		case Type.DateDay:
		case Type.DateMillisecond:
		case Type.Timestamp:
		case Type.TimestampSecond:
		case Type.TimestampMillisecond:
		case Type.TimestampMicrosecond:
		case Type.TimestampNanosecond:
			return msToIso;
		case Type.Dictionary:
			return converter((type as unknown as { dictionary: DataType }).dictionary);
		case Type.List:
		case Type.FixedSizeList: {
			const child = converter((type as unknown as { children: { type: DataType }[] }).children[0].type);
			return (v) => Array.from(v as Iterable<unknown>, (x) => (x == null ? null : child(x)));
		}
		case Type.Struct: {
			const fields = (type as unknown as { children: { name: string; type: DataType }[] }).children.map((f) => [f.name, converter(f.type)] as const);
			return (v) => {
				const src = v as Record<string, unknown>;
				const o: Row = {};
				for (const [name, conv] of fields) o[name] = src[name] == null ? null : conv(src[name]);
				return o;
			};
		}
		default:
			// Utf8, Bool, Float, 8–32-bit Int: already plain.
			return same;
	}
}

/** Every row of an Arrow table as a plain object (BigInt, Decimal → number; dates → ISO strings). */
export function arrowToRows<T = Row>(table: Table): T[] {
	const cols = table.schema.fields.map((f, i) => ({
		name: f.name,
		vec: table.getChildAt(i) as Vector,
		conv: converter(f.type)
	}));
	const rows = new Array<T>(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const o: Row = {};
		for (const c of cols) {
			const v = c.vec.get(r);
			o[c.name] = v == null ? null : c.conv(v);
		}
		rows[r] = o as T;
	}
	return rows;
}
