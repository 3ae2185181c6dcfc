/** DuckDB functions offered by autocompletion (a curated list of the common ones; file readers left out on purpose). */

/** Name and a short signature hint. */
export const DUCKDB_FUNCTIONS: [string, string][] = [
	['count', 'count(x) / count(*)'], ['sum', 'sum(x)'], ['avg', 'avg(x)'], ['min', 'min(x)'], ['max', 'max(x)'],
	['median', 'median(x)'], ['quantile_cont', 'quantile_cont(x, 0.5)'], ['quantile_disc', 'quantile_disc(x, 0.5)'], ['mode', 'mode(x)'],
	['stddev', 'stddev(x)'], ['variance', 'variance(x)'], ['corr', 'corr(y, x)'], ['regr_slope', 'regr_slope(y, x)'],
	['string_agg', "string_agg(x, '; ')"], ['list', 'list(x)'], ['array_agg', 'array_agg(x)'], ['any_value', 'any_value(x)'],
	['arg_max', 'arg_max(x, by)'], ['arg_min', 'arg_min(x, by)'], ['first', 'first(x)'], ['last', 'last(x)'], ['histogram', 'histogram(x)'],
	['bool_and', 'bool_and(b)'], ['bool_or', 'bool_or(b)'], ['approx_count_distinct', 'approx_count_distinct(x)'],
	['row_number', 'row_number() OVER (...)'], ['rank', 'rank() OVER (...)'], ['dense_rank', 'dense_rank() OVER (...)'],
	['lag', 'lag(x, 1) OVER (...)'], ['lead', 'lead(x, 1) OVER (...)'], ['ntile', 'ntile(4) OVER (...)'], ['percent_rank', 'percent_rank() OVER (...)'],
	['round', 'round(x, 2)'], ['floor', 'floor(x)'], ['ceil', 'ceil(x)'], ['abs', 'abs(x)'], ['greatest', 'greatest(a, b)'], ['least', 'least(a, b)'],
	['coalesce', 'coalesce(a, b)'], ['nullif', 'nullif(a, b)'], ['ifnull', 'ifnull(a, b)'], ['cast', 'CAST(x AS type)'], ['try_cast', 'TRY_CAST(x AS type)'],
	['length', 'length(s)'], ['lower', 'lower(s)'], ['upper', 'upper(s)'], ['trim', 'trim(s)'], ['substr', 'substr(s, start, len)'],
	['left', 'left(s, n)'], ['right', 'right(s, n)'], ['replace', 'replace(s, from, to)'], ['concat', 'concat(a, b)'], ['concat_ws', "concat_ws(', ', a, b)"],
	['contains', 'contains(s, part)'], ['starts_with', 'starts_with(s, prefix)'], ['ends_with', 'ends_with(s, suffix)'], ['strpos', 'strpos(s, part)'],
	['split_part', "split_part(s, ';', 1)"], ['string_split', "string_split(s, '; ')"], ['regexp_matches', 'regexp_matches(s, pattern)'],
	['regexp_extract', 'regexp_extract(s, pattern, group)'], ['regexp_replace', 'regexp_replace(s, pattern, repl)'], ['format', "format('{}', x)"],
	['printf', "printf('%.1f', x)"], ['date_part', "date_part('year', d)"], ['date_trunc', "date_trunc('month', d)"], ['strftime', "strftime(d, '%Y-%m')"],
	['strptime', "strptime(s, '%Y-%m-%d')"], ['current_date', 'current_date'], ['now', 'now()'], ['make_date', 'make_date(y, m, d)'],
	['unnest', 'unnest(list)'], ['list_contains', 'list_contains(list, x)'], ['len', 'len(list)'], ['list_sort', 'list_sort(list)'],
	['list_distinct', 'list_distinct(list)'], ['range', 'range(n)'], ['generate_series', 'generate_series(a, b)'], ['hash', 'hash(x)'], ['md5', 'md5(s)'],
	['typeof', 'typeof(x)'], ['if', 'if(cond, a, b)'], ['round_even', 'round_even(x, 2)'], ['ln', 'ln(x)'], ['log10', 'log10(x)'], ['sqrt', 'sqrt(x)'],
	['power', 'power(x, y)'], ['random', 'random()']
];
