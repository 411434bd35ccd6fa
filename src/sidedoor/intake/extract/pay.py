"""Pay: amounts, ranges, currency, period, the annualised equivalent, base vs total, extras.

Annualisation factors (documented in docs/intake.md): 2,080 hours (40 h x 52 weeks),
260 working days, 52 weeks or 12 months to a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sidedoor.intake.extract.locations import US_STATES
from sidedoor.intake.models import Basis, Period
from sidedoor.intake.textutil import Lower

ANNUAL_FACTOR: dict[str, float] = {"hour": 2080, "day": 260, "week": 52, "month": 12, "year": 1}

# before an amount of at least a thousand ("R 650k", "PHP 85,000"): codes that are also words
# or names ("PHP 8", "COP 26") are currencies only there
_BIG = (
    r"(?=\s?(?:\d{1,3}(?:[,.'’ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"
    r"|\d{1,3}(?:[.,]\d{1,2})?\s?(?:[kKmM]|juta|jt|triệu|tr|millones|milhões|mil|lakhs?)\b"
    # "COP 12 – 15 millones": a range whose second amount carries the multiplier
    r"|\d{1,3}(?:[.,]\d{1,2})?\s?(?:[-–—~]|a|to|y|e|bis)\s?\d{1,3}(?:[.,]\d{1,2})?\s?"
    r"(?:[kKmM]|juta|jt|triệu|tr|millones|milhões|mil|lakhs?)\b))"
)
# ISO codes of currencies without a sign of their own above, before or after an amount
_ISO = frozenset(
    re.findall(
        r"[A-Z]{3}",
        """
        UGX TZS MDL ZMW MWK BWP MZN AOA NAD SZL LSL MUR SCR ETB RWF BIF CDF XOF XAF GNF SLL LRD
        GMD TND DZD LYD SDG SOS DJF IQD IRR LBP SYP YER KWD BHD OMR JOD AFN KZT UZS KGS TJS TMT
        AZN GEL AMD BYN RUB RSD BGN MKD BAM MNT MMK LAK KHR BND PGK FJD CRC DOP GTQ HNL NIO PAB
        PYG UYU BOB VES JMD TTD BBD BSD XCD HTG
        """,
    )
)
_ISO_ALT = "|".join(sorted(_ISO))
_CUR_PRE = (
    r"NT\$|NIS|ILS|₪|₺|TRY(?=\s?\d)|Kč|zł|kr\.?(?=\s?\d)|₱|₦|KES|IDR|THB|฿|VND|₫|TWD|EGP|ISK|MYR"
    # the Gulf's dinars and rial, paid in hundreds: "KWD 650 to 800 per month", "OMR 700"
    r"|(?:KWD|BHD|OMR|JOD)(?=\s?\d)"
    r"|(?:PHP|COP|CLP|ARS|RM|Rp\.?|KSh|Kshs?|PEN|MAD|DH|Dhs\.?|RON|LE|L\.E\.|NPR|Tk\.?|SR|QR|KD"
    r"|BD|RO|JD|FCFA|SFr\.?|Fr\.|"
    + _ISO_ALT
    + ")"
    + _BIG
    + r"|US\$|USD|S/\.?(?=\s?(?:\d{1,3}(?:[,.]\d{3})+|\d{3,})(?!\w))|GH₵|GH¢|GHS|₵|৳|BDT|PKR"
    # (Uruguay's peso "$U 180.000", its dollar "U$S 3.000")
    # (Trinidad and Tobago's and Jamaica's dollars "TT$25,000", "J$180,000")
    r"|LKR|₨|रु|E£|UAH|₴|RD\$|N\$|TT\$|J\$|₽|₸|₾|₡|₼|\$U|U\$S|UYU"
    # the naira as Nigerians often write it, "N250,000" (read as NGN only beside Nigeria)
    r"|N(?=\s?\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{1,2})?[mk]\b)"  # (and "N1.2m")
    r"|C\$|CA\$|CAD|A\$|AU\$|AUD|NZ\$|NZD|S\$|SGD|HK\$|HKD|R\$|BRL|MX\$|MXN|\$|£|GBP"
    r"|€|EUR|CHF|₹|INR|Rs\.?|JPY|¥|SEK|NOK|DKK|PLN|ZAR|AED|SAR|QAR|CNY|RMB|KRW|₩|CZK|HUF"
    # the rand: "R850,000", "R45k", "R185/hr" (a bare R only right before a grouped or k/m
    # amount, or an hourly rate)
    r"|R(?=\s?(?:\d{1,3}(?:[, \u00a0\u202f\u2009]\d{3})+(?!\d)|\d{1,3}(?:\.\d{1,2})?\s?[km]\b"
    r"|\d{2,4}(?:\.\d{2})?\s?(?:/\s?h(?:ou)?r\b|p/?h\b|per hour\b)))"
)
_CUR_POST = (
    r"€|EUR|Euro|euros?|CHF|GBP|USD|CAD|AUD|NZD|SGD|HKD|INR|SEK|NOK|DKK|PLN|zł|kr|£|\$|JPY|yen"
    r"|円|BRL|reais|MXN|pesos|ZAR|rand|AED|dirhams?|SAR|QAR|CNY|RMB|yuan|KRW|won|CZK|HUF"
    r"|Kč|Kc|Ft|forint|₪|NIS|ILS|shekels?|₺|TL|TRY|lira|元|PHP|₱|NGN|₦|naira|KES|IDR|THB|baht"
    r"|บาท|VND|₫|TWD|EGP|ISK|MYR|ringgit|riyals?|złotys?|zlotys?|kronor|kroner|korun|COP|CLP|ARS"
    # Morocco, Peru, South Asia, Ghana, Romania, Egypt, Ukraine, East Africa
    r"|MAD|DH|Dhs|PEN|soles|PKR|LKR|NPR|rupees|BDT|Tk|taka|৳|GHS|GH₵|₵|cedis|RON|lei|LE|UAH|₴"
    r"|грн|hryvnias?|KSh|Kshs?|shillings|KD|F ?CFA|CFA|đ|VNĐ|đồng|원|₽|руб\.?|rubles?|roubles?"
    r"|₸|tenge|тенге|тг\.?|₾|lari|лв\.?|leva|dinars?|rials?|₡|colones|birr|kyats?|so['ʻ’]m|manat|pula"
    r"|جنيه مصري|جنيه|ريال سعودي|ريال قطري|درهم|دينار كويتي"
    r"|" + _ISO_ALT
)
_SPACES = " \u00a0\u202f\u2009"  # space, no-break space, narrow no-break space, thin space
_NUM = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"  # Indian grouping 18,00,000
    r"|\d{1,3}(?:[,.'’]\d{3})+(?![\d'’])(?:[.,]\d{1,2}(?!\d))?"  # 120,000 / 45.000 / 1'200'000
    rf"|\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?![\d,.]\d)(?:,\d{{1,2}}(?!\d))?"  # 45 000 / 1 100 000
    r"|\d+(?:[.,]\d+)?"
)
_MULT = (
    # (the longer words first: "9 millions" is no "9 m")
    r"millions|millionen|milliards?|billions?|billion|bn|Mrd\.?"
    r"|k|K|mn|m|M|million|thousand|grand|(?i:lakhs?|lacs?|lpa|crores?)|L|(?i:cr)|(?i:mio)\.?"
    r"|Tsd\.?"
    # Czech, Slovak, Polish "1.4 – 1.7 mil. CZK": millions (Spanish "mil" is a thousand)
    r"|mil\.(?=[ ]?(?:CZK|Kč|Kc|EUR|€|PLN|zł|HUF|Ft)\b)|mln\.?"
    # Czech and Slovak "65–80 tis. Kč", Polish "12 tys. zł": thousands
    r"|tis\.|tys\.|tis(?=[ ]Kč|[ ]Kc|[ ]€|[ ]EUR)|tys(?=[ ]zł|[ ]PLN)"
    # Hungarian "800-950e Ft", "650 ezer Ft": thousands of forints
    r"|e(?=[ ]?Ft\b)|ezer(?=[ ]?Ft\b)"
    # and "1,6–1,9 millió Ft/hó": millions
    r"|millió(?=[ ]?(?:Ft|HUF|forint)\b)"
    # German "bis 105 T€ p.a.", "95 TEUR": thousands of euros
    r"|T(?=€|EUR\b|[ ]EUR\b)"
    r"|万|萬"
    # Indonesian juta / jt and ribu / rb, Vietnamese triệu / tr, Spanish and Portuguese
    # millones / milhões and mil (a thousand)
    # (Turkish "5,5 – 6,5 milyon TL")
    r"|juta|jt|miliar|milyar|milyon|ribu|rb|triệu|tr|(?i:millones|millón|milhões|milhão|mil)|만|억"
    # Russian and Ukrainian "700–900 тыс. тенге", "от 1,5 до 2 млн тенге"
    r"|тыс\.?|тис\.?|млн\.?"
)
_TOKEN = re.compile(
    # (after a letter of a Latin alphabet no amount starts; after Japanese, Chinese or Korean
    # one does: "年収600万円〜850万円")
    # ("c.£250,000": circa)
    rf"(?:(?<![0-9A-Za-z\u00c0-\u024f_.,])|(?<=\bc\.)|(?<=\bca\.))(?P<pre>{_CUR_PRE})?\s?"
    rf"(?P<num>{_NUM})"
    # a multiplier or a sign after the amount is on its line: "GA 31408\n$19.50" is a ZIP code
    # and then pay, not 31,408 dollars
    # (Norwegian "3,5–4 MNOK": millions of kroner, the M run into the code)
    rf"(?:[^\S\n]?(?P<mult>{_MULT})(?:(?![a-zA-Z\u00c0-\u024f])"
    r"|(?<=M)(?=(?:NOK|SEK|DKK|ISK|EUR|CHF)\b)))?"
    # Korean "1억 2,000만 원": a hundred million and twenty million
    # ("1억 3천 ~ 1억 6천만원": "3천" alone is 3천만)
    r"(?:(?<=억)[^\S\n]?(?P<man>\d,\d{3}|\d{1,4}천?)(?:[^\S\n]?만|(?<=천)))?"
    # a round amount's ".–" or ",–" ("3.905,– €"), India's "/-" ("Rs. 50,000/- to …")
    r"(?:(?:[.,][–—-]|/-)(?=[^\S\n]?\D))?"
    rf"(?:[^\S\n]?(?:de[^\S\n])?(?P<post>{_CUR_POST})(?![a-zA-Z\d]))?",
)
_RANGE_JOIN = re.compile(
    # (after the Swiss ".–" of a round amount: "CHF 120'000.– à 140'000.–")
    # (and "20 upto 26 LPA": an Indian English range)
    # (after a round amount's ".–" or ",–": "CHF 120'000.– à 140'000.–", "3.905,– € bis")
    r"^(?:[.,][–—-])?\s*(?:-|–|—|~|〜|～|to|and|bis|und|à|a|til|till|tot|do|до|až|és|e|y|ile|upto"
    r"|up to|إلى|الى)\s*$"
    r"|^/$",  # "80/95K€"
    re.IGNORECASE,
)
# "between 4.200 and 5.600" in Dutch, French, Swedish, Danish / Norwegian, Indonesian: "and"
# joins a range only after "between" ("tussen €4.200 en €5.600", "entre 85 000 $ et 100 000 $")
_BETWEEN_JOIN = re.compile(r"^(?:[.,][–—-])?\s*(?:en|et|och|og|dan|și|si|ve)\s*$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(
    # (Romanian "între 7.500 și 9.000 RON", Turkish "… ile … arası" is written after)
    r"\b(?:tussen|entre|mellan|mellom|mellem|antara|zwischen|between|între|intre)\s*"
    r"(?:de\s*|les\s*)?$",
    re.IGNORECASE,
)
# "minimum €4,200 and maximum €6,100", "min 50k, max 60k": a range in words
_MIN_BEFORE = re.compile(
    r"\b(?:min(?:imum)?|mindestens|minimo|mínimo|minimaal)\.?\s*(?:of\s*)?:?\s*$", re.I
)
_MAX_JOIN = re.compile(
    r"^\s*(?:,|;)?\s*(?:and|to|-|–|und|e|y|et|en)?\s*(?:a\s+)?(?:max(?:imum)?|maximal|massimo"
    r"|máximo|maximaal)\.?\s*(?:of\s*)?:?\s*$",
    re.I,
)
_PERIOD = re.compile(
    r"^\s*(?:\+\s*)?(?:\(?(?:brutto|gross|net|netto|bruttó|nettó|brut|bruts|brute|bruto|brutos"
    r"|brutas|neto|netos|netas|nets|lordi|lordo|netti|brüt|kotor|bersih|l[ií]quid[oa]s?"
    # Greek "καθαρά" (net), "μικτά" (gross)
    r"|καθαρά|καθαρές|μικτά|μεικτά)\)?\s*)?"
    # a Polish B2B rate "1 400 – 1 700 PLN net + VAT / day"
    r"(?:\+\s?(?:VAT|GST|BTW|MwSt\.?|IVA|TVA)\s*)?"
    r"(?!and\b)(?:(?:/|per|an?|p\.?|each|every|pro|im|je|om|i|al|ao|por|za|na|par|pe|la|all['’]"
    r"|á|в|на)\s*"
    r"(?P<unit>hour|hr|h|std\.?|stunde|day|d|tag|week|wk|woche|month|mo|mth|monat|year|yr|annum"
    r"|a\.?|anno|jahr|måned|måneden|månad|månaden|mån|mnd|år|året|mes|mês|ano|año|miesiąc|mies\."
    r"|měsíc|hó|ay|yıl|mois|an|année|heure|jour|semaine|bulan|tahun|jam|tháng|năm|giờ|lună|luna"
    r"|hora|día|dia|semana|maand|jaar|uur|dag|mese|ora|giorno|settimana|bln|thn|月|年|hr\."
    r"|dzień|dzien|godz\.?|godzinę|godzina|mánuði|ári|klst\.?|μήνα|μήνας|χρόνο|έτος"
    # Russian and Ukrainian "в месяц", "/мес.", "на місяць", "в год", "на рік", "в час"
    r"|месяц|мес\.?|місяць|міс\.?|год|рік|час|годину|день|смену|зміну)(?!\w)"
    r"|(?P<adverb>hourly|daily|weekly|monthly|annually|yearly|p\.?a\.?|pa|lpa|monatlich|jährlich"
    r"|miesięcznie|rocznie|měsíčně|ročně|havonta|évente|mensuales|mensual|mensal|mensais|anuales"
    # Spanish and Portuguese "semanales", "semanal" (a week's pay)
    r"|semanales|semanal|semanais"
    r"|anual|aylık|yıllık|årligen|årlig|månadsvis|mensuels?|mensuelles?|annuels?|annuelles?"
    r"|bulanan|tahunan|lunar|anuali?|annui|annuo|annua|annuali|mensili|mensile|sebulan|setahun"
    # Greek "μηνιαίως", "ετησίως" (monthly, yearly)
    r"|μηνιαίως|μηνιαία|ετησίως|ετήσια"
    r"|pcm|p/m|p/a|p/h|p/d|p/w|per mensem|(?P<pm>p\.\s?m\.?|pm|p\.\s?h\.?|ph)"
    # Chinese "35-55K·15薪", "30K×14薪": a month's pay, paid so many times a year
    r"|(?P<months>[·×x*]\s?1[2-8]\s?薪"
    # Portugal's "1.400€ – 1.600€ x 14 meses": a month's pay, paid 14 times a year
    r"|[×x]\s?1[2-6]\s?(?:meses|mesi|mensilità|mensualidades|pagas|mois|salários|months))"
    r")"
    r"(?!\w))",
    re.IGNORECASE,
)
_PERIOD_WORDS: dict[str, Period] = {
    "месяц": "month",
    "мес": "month",
    "мес.": "month",
    "місяць": "month",
    "міс": "month",
    "міс.": "month",
    "год": "year",
    "рік": "year",
    "час": "hour",
    "годину": "hour",
    "день": "day",
    "смену": "day",
    "зміну": "day",
    "μηνιαίως": "month",
    "μήνα": "month",
    "μήνας": "month",
    "χρόνο": "year",
    "έτος": "year",
    "μηνιαία": "month",
    "ετησίως": "year",
    "ετήσια": "year",
    "hour": "hour",
    "hr": "hour",
    "h": "hour",
    "std": "hour",
    "std.": "hour",
    "stunde": "hour",
    "hourly": "hour",
    "day": "day",
    "d": "day",
    "tag": "day",
    "daily": "day",
    "week": "week",
    "wk": "week",
    "woche": "week",
    "weekly": "week",
    "month": "month",
    "mo": "month",
    "mth": "month",
    "monat": "month",
    "monthly": "month",
    "monatlich": "month",
    "year": "year",
    "yr": "year",
    "annum": "year",
    "a": "year",
    "a.": "year",
    "anno": "year",
    "jahr": "year",
    "annually": "year",
    "yearly": "year",
    "pa": "year",
    "p.a": "year",
    "p.a.": "year",
    "lpa": "year",
    "jährlich": "year",
    "annual": "year",
    "annually.": "year",
    "måned": "month",
    "måneden": "month",
    "månad": "month",
    "månaden": "month",
    "mån": "month",
    "mnd": "month",
    "mes": "month",
    "mês": "month",
    "miesiąc": "month",
    "dzień": "day",
    "dzien": "day",
    "godz": "hour",
    "godz.": "hour",
    "godzinę": "hour",
    "godzina": "hour",
    "mánuði": "month",
    "ári": "year",
    "klst": "hour",
    "klst.": "hour",
    "mies.": "month",
    "měsíc": "month",
    "hó": "month",
    "ay": "month",
    "miesięcznie": "month",
    "měsíčně": "month",
    "havonta": "month",
    "mensuales": "month",
    "mensual": "month",
    "semanales": "week",
    "semanal": "week",
    "semanais": "week",
    "mensal": "month",
    "mensais": "month",
    "aylık": "month",
    "månadsvis": "month",
    "år": "year",
    "året": "year",
    "ano": "year",
    "año": "year",
    "yıl": "year",
    "rocznie": "year",
    "ročně": "year",
    "évente": "year",
    "anuales": "year",
    "anual": "year",
    "yıllık": "year",
    "årligen": "year",
    "årlig": "year",
    "mois": "month",
    "an": "year",
    "année": "year",
    "heure": "hour",
    "jour": "day",
    "semaine": "week",
    "bulan": "month",
    "tahun": "year",
    "jam": "hour",
    "tháng": "month",
    "năm": "year",
    "giờ": "hour",
    "lună": "month",
    "luna": "month",
    "hora": "hour",
    "día": "day",
    "dia": "day",
    "semana": "week",
    "mensuel": "month",
    "mensuels": "month",
    "mensuelle": "month",
    "mensuelles": "month",
    "annuel": "year",
    "annuels": "year",
    "annuelle": "year",
    "annuelles": "year",
    "bulanan": "month",
    "tahunan": "year",
    "lunar": "month",
    "anuali": "year",
    "maand": "month",
    "jaar": "year",
    "uur": "hour",
    "dag": "day",
    "mese": "month",
    "ora": "hour",
    "giorno": "day",
    "settimana": "week",
    "bln": "month",
    "thn": "year",
    "月": "month",
    "年": "year",
    "hr.": "hour",
    "annui": "year",
    "annuo": "year",
    "annua": "year",
    "annuali": "year",
    "mensili": "month",
    "mensile": "month",
    "sebulan": "month",
    "setahun": "year",
    "pcm": "month",
    "p/m": "month",
    "p/a": "year",
    "p/h": "hour",
    "p/d": "day",
    "p/w": "week",
    "per mensem": "month",
    "p.m.": "month",
    "p.m": "month",
    "pm": "month",
    "p. m.": "month",
    "p.h.": "hour",
    "p.h": "hour",
    "ph": "hour",
}
_CURRENCY_CODES: dict[str, str] = {
    "us$": "USD",
    "usd": "USD",
    "c$": "CAD",
    "tt$": "TTD",
    "j$": "JMD",
    "ca$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "nz$": "NZD",
    "nzd": "NZD",
    "s$": "SGD",
    "sgd": "SGD",
    "hk$": "HKD",
    "hkd": "HKD",
    "£": "GBP",
    "gbp": "GBP",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "chf": "CHF",
    "₹": "INR",
    "inr": "INR",
    "rs": "INR",
    "rs.": "INR",
    "jpy": "JPY",
    "¥": "JPY",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "PLN",
    "zł": "PLN",
    "zar": "ZAR",
    "r": "ZAR",
    "rand": "ZAR",
    "kr": "SEK",
    "yen": "JPY",
    "円": "JPY",
    "r$": "BRL",
    "brl": "BRL",
    "reais": "BRL",
    "mx$": "MXN",
    "mxn": "MXN",
    "pesos": "MXN",
    "aed": "AED",
    "dirham": "AED",
    "dirhams": "AED",
    "sar": "SAR",
    "qar": "QAR",
    "cny": "CNY",
    "rmb": "CNY",
    "yuan": "CNY",
    "krw": "KRW",
    "₩": "KRW",
    "won": "KRW",
    "czk": "CZK",
    "huf": "HUF",
    "kč": "CZK",
    "kc": "CZK",
    "korun": "CZK",
    "ft": "HUF",
    "forint": "HUF",
    "₪": "ILS",
    "nis": "ILS",
    "ils": "ILS",
    "shekel": "ILS",
    "shekels": "ILS",
    "₺": "TRY",
    "try": "TRY",
    "tl": "TRY",
    "lira": "TRY",
    "元": "CNY",
    "php": "PHP",
    "₱": "PHP",
    "ngn": "NGN",
    "₦": "NGN",
    "naira": "NGN",
    "kes": "KES",
    "ksh": "KES",
    "idr": "IDR",
    "rp": "IDR",
    "thb": "THB",
    "฿": "THB",
    "baht": "THB",
    "บาท": "THB",
    "vnd": "VND",
    "₫": "VND",
    "twd": "TWD",
    "nt$": "TWD",
    "egp": "EGP",
    # Arabic: "45,000 جنيه مصري" (Egyptian pounds), "ريال سعودي", "درهم", "دينار كويتي"
    "جنيه مصري": "EGP",
    "جنيه": "EGP",
    "ريال سعودي": "SAR",
    "ريال قطري": "QAR",
    "درهم": "AED",
    "دينار كويتي": "KWD",
    "isk": "ISK",
    "myr": "MYR",
    "rm": "MYR",
    "ringgit": "MYR",
    "riyal": "SAR",
    "riyals": "SAR",
    "złoty": "PLN",
    "złotys": "PLN",
    "zloty": "PLN",
    "zlotys": "PLN",
    "kronor": "SEK",
    "kroner": "NOK",
    "cop": "COP",
    "clp": "CLP",
    "ars": "ARS",
    "mad": "MAD",
    "dh": "MAD",
    "pen": "PEN",
    "s/": "PEN",
    "$u": "UYU",
    "u$s": "USD",
    "uyu": "UYU",
    "s/.": "PEN",
    "soles": "PEN",
    "pkr": "PKR",
    "lkr": "LKR",
    "npr": "NPR",
    "bdt": "BDT",
    "tk": "BDT",
    "tk.": "BDT",
    "taka": "BDT",
    "৳": "BDT",
    "ghs": "GHS",
    "gh₵": "GHS",
    "gh¢": "GHS",
    "₵": "GHS",
    "cedis": "GHS",
    "ron": "RON",
    "lei": "RON",
    "le": "EGP",
    "l.e.": "EGP",
    "e£": "EGP",
    "uah": "UAH",
    "₴": "UAH",
    "грн": "UAH",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "ugx": "UGX",
    "tzs": "TZS",
    "kshs": "KES",
    "sr": "SAR",
    "qr": "QAR",
    "kd": "KWD",
    "bd": "BHD",
    "ro": "OMR",
    "jd": "JOD",
    "sfr": "CHF",
    "sfr.": "CHF",
    "fr.": "CHF",
    "rd$": "DOP",
    "n$": "NAD",
    "đ": "VND",
    "vnđ": "VND",
    "đồng": "VND",
    "원": "KRW",
    "₽": "RUB",
    "руб": "RUB",
    "руб.": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "₸": "KZT",
    "tenge": "KZT",
    "тенге": "KZT",
    "тг": "KZT",
    "тг.": "KZT",
    "₾": "GEL",
    "lari": "GEL",
    "лв": "BGN",
    "лв.": "BGN",
    "leva": "BGN",
    "₡": "CRC",
    "colones": "CRC",
    "birr": "ETB",
    "kyat": "MMK",
    "kyats": "MMK",
    "so'm": "UZS",
    "soʻm": "UZS",
    "so’m": "UZS",
    "manat": "AZN",
    "pula": "BWP",
    "₼": "AZN",
}
# Signs and words that several countries share ("Rs" in India, Pakistan, Sri Lanka and Nepal,
# "dirhams" in Morocco and the Emirates, "pesos", "shillings", "lei"): the currency is that of
# the country the text names most (shared_currency), else the first one listed.
_SHARED_SIGNS: dict[str, str] = {
    "rs": "rupee",
    "rs.": "rupee",
    "₨": "rupee",
    "रु": "rupee",
    "rupees": "rupee",
    "dirham": "dirham",
    "dirhams": "dirham",
    "dh": "dirham",
    "dhs": "dirham",
    "dhs.": "dirham",
    "pesos": "peso",
    "shillings": "shilling",
    "dinar": "dinar",
    "dinars": "dinar",
    "riyal": "riyal",
    "riyals": "riyal",
    "rial": "riyal",
    "rials": "riyal",
    "fcfa": "cfa",
    "f cfa": "cfa",
    "cfa": "cfa",
    "lei": "leu",
}


def _places(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_SHARED_PLACES: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "rupee": (
        ("INR", _places(r"\bindia|bengaluru|bangalore|mumbai|delhi|hyderabad|chennai|\bpune\b"
                        r"|kolkata|noida|gurgaon|gurugram|ahmedabad|kochi|jaipur|\binr\b|₹")),
        ("PKR", _places(r"pakistan|karachi|lahore|islamabad|rawalpindi|faisalabad|peshawar"
                        r"|multan|\bpkr\b")),
        ("LKR", _places(r"sri lanka|colombo|kandy|\bgalle\b|jaffna|\blkr\b")),
        ("NPR", _places(r"\bnepal|kathmandu|pokhara|lalitpur|\bnpr\b")),
        ("BDT", _places(r"bangladesh|dhaka|chittagong|chattogram|gazipur|\bbdt\b")),
        ("MUR", _places(r"mauritius|port louis|\bebene\b|\bmur\b")),
    ),
    "riyal": (
        ("SAR", _places(r"saudi|\bksa\b|riyadh|jeddah|dammam|khobar|\bneom\b|\bsar\b")),
        ("QAR", _places(r"qatar|\bdoha\b|lusail|\bqar\b")),
        ("OMR", _places(r"\boman\b|muscat|salalah|sohar|\bomr\b")),
    ),
    "dinar": (
        ("KWD", _places(r"kuwait|\bkwd\b")),
        ("BHD", _places(r"bahrain|manama|\bbhd\b")),
        ("JOD", _places(r"jordan|\bamman\b|\bjod\b")),
        ("RSD", _places(r"serbia|belgrade|beograd|novi sad|\brsd\b")),
        ("TND", _places(r"tunisia|\btunis\b|sfax|sousse|\btnd\b")),
        ("DZD", _places(r"algeria|alg[ie]ers?|\balger\b|\boran\b|\bdzd\b")),
        ("IQD", _places(r"\biraq|baghdad|erbil|basra|\biqd\b")),
    ),
    "cfa": (
        ("XOF", _places(r"s[ée]n[ée]gal|dakar|c[ôo]te d.ivoire|ivory coast|abidjan|\bmali\b|bamako"
                        r"|burkina|ouagadougou|\bniger\b|niamey|\btogo\b|lom[ée]|b[ée]nin|cotonou"
                        r"|\bxof\b")),
        ("XAF", _places(r"cameroun|cameroon|douala|yaound[ée]|gabon|libreville|brazzaville"
                        r"|\b(?:chad|tchad)\b|n.djamena|centrafrique|central african|malabo"
                        r"|\bxaf\b")),
    ),
    "dirham": (
        ("AED", _places(r"\buae\b|emirates|dubai|abu dhabi|sharjah|ajman|\baed\b")),
        ("MAD", _places(r"morocc|\bmaroc|casablanca|\brabat\b|marrak[ea]|tanger|tangier|\bf[eè]s\b"
                        r"|agadir|mekn[eè]s|oujda|k[ée]nitra|\bmad\b")),
    ),
    "peso": (
        ("MXN", _places(r"(?<!new )m[eé]xic|guadalajara|monterrey|\bcdmx\b|\bmxn\b")),
        ("PHP", _places(r"philippin|filipin|manila|makati|\bcebu|taguig|pasig|quezon|\bbgc\b"
                        r"|\bphp\b")),
        ("COP", _places(r"colombia|bogot[aá]|medell[ií]n|barranquilla|\bcali\b|\bcop\b")),
        ("CLP", _places(r"\bchile|santiago|valpara[ií]so|antofagasta|\bclp\b")),
        ("ARS", _places(r"argentin|buenos aires|\bcaba\b|rosario|mendoza|\bars\b")),
    ),
    "shilling": (
        ("KES", _places(r"kenya|nairobi|mombasa|kisumu|\bkes\b")),
        ("UGX", _places(r"uganda|kampala|entebbe|\bugx\b")),
        ("TZS", _places(r"tanzania|dar es salaam|dodoma|arusha|zanzibar|\btzs\b")),
    ),
    "leu": (
        ("RON", _places(r"romania|bucharest|bucure[sș]ti|cluj|timi[sș]oara|ia[sș]i\b|bra[sș]ov"
                        r"|\bron\b")),
        ("MDL", _places(r"moldova|chi[sș]in[aă]u|\bmdl\b")),
    ),
}  # fmt: skip


_NIGERIA = _places(
    r"nigeria|lagos|abuja|port harcourt|ibadan|lekki|ikoyi|victoria island|\bngn\b|naira"
)
# Countries (and their largest cities) whose currency an amount without a sign is in, when the
# text names one of them and no other (country_currency)
_COUNTRY_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("NGN", _places(r"nigeria|lagos|abuja|port harcourt|ibadan")),
    ("KES", _places(r"kenya|nairobi|mombasa")),
    ("GHS", _places(r"\bghana|accra|kumasi")),
    ("EGP", _places(r"\begypt|cairo|alexandria|giza")),
    ("MAD", _places(r"morocc|\bmaroc\b|casablanca|\brabat\b|marrakech|tangier|tanger")),
    ("ZAR", _places(r"south africa|johannesburg|cape town|durban|pretoria|sandton|gauteng")),
    ("PKR", _places(r"pakistan|karachi|lahore|islamabad|rawalpindi")),
    ("BDT", _places(r"bangladesh|dhaka|chittagong|chattogram|gazipur")),
    ("LKR", _places(r"sri lanka|colombo")),
    ("NPR", _places(r"\bnepal|kathmandu")),
    ("IDR", _places(r"indonesia|jakarta|surabaya|bandung|\bbali\b|medan|riau")),
    ("VND", _places(r"vietnam|viet nam|hanoi|ha noi|ho chi minh|saigon|da nang|bac ninh")),
    ("THB", _places(r"thailand|bangkok|phuket|chiang mai|pattaya")),
    ("MYR", _places(r"malaysia|kuala lumpur|penang|johor|selangor|cyberjaya|petaling jaya")),
    ("PHP", _places(r"philippines|manila|makati|cebu|taguig|pasig|quezon city")),
    ("KRW", _places(r"south korea|\bkorea\b|seoul|busan|pangyo|incheon")),
    ("BRL", _places(r"brazil|brasil|são paulo|sao paulo|rio de janeiro|belo horizonte|curitiba")),
    ("ARS", _places(r"argentin|buenos aires")),
    ("CLP", _places(r"\bchile\b|santiago de chile")),
    ("COP", _places(r"colombia|bogot[aá]|medell[ií]n")),
    ("PEN", _places(r"\bper[uú]\b|\blima\b|arequipa")),
    ("TRY", _places(r"turkey|türkiye|istanbul|ankara|izmir")),
    ("RON", _places(r"romania|bucharest|bucure[sș]ti|cluj|timi[sș]oara")),
    ("HUF", _places(r"hungary|budapest")),
    ("CZK", _places(r"czech|prague|praha|brno")),
    ("UAH", _places(r"ukrain|kyiv|kiev|lviv|kharkiv|odesa|dnipro")),
    ("SAR", _places(r"saudi|riyadh|jeddah|dammam")),
    ("QAR", _places(r"qatar|\bdoha\b")),
    # the Nordic countries and Switzerland, in their own languages too ("full remote i Norge")
    ("NOK", _places(r"norway|\bnorge\b|\boslo\b|bergen|trondheim|stavanger|ålesund")),
    ("SEK", _places(r"sweden|sverige|stockholm|göteborg|gothenburg|malmö|uppsala")),
    ("DKK", _places(r"denmark|danmark|københavn|copenhagen|aarhus|odense")),
    ("ISK", _places(r"iceland|ísland|reykjav[ií]k")),
    ("CHF", _places(r"switzerland|schweiz|suisse|svizzera|zürich|zurich|genève|geneva|basel")),
)  # fmt: skip


@lru_cache(maxsize=16)
def country_currency(text: str) -> str | None:
    """The currency of the one country (of _COUNTRY_CUES) the text names, if it names one."""
    named = {code for code, pattern in _COUNTRY_CUES if pattern.search(text)}
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=32)
def shared_currency(sign: str, text: str) -> str:
    """What a sign several countries share means ("Rs", "dirhams", "pesos"): the currency of
    the country the text names most; with none named, the first listed ("DH" alone: MAD)."""
    table = _SHARED_PLACES[_SHARED_SIGNS.get(sign.lower(), sign)]
    best, most = ("MAD" if sign.lower() == "dh" else table[0][0]), 0
    for code, pattern in table:
        count = len(pattern.findall(text))
        if count > most:
            best, most = code, count
    return best


# "kr" / "kroner": the krona or krone of the Nordic country the text names (krone_currency)
_KRONE = frozenset(["kr", "kr.", "kroner"])
# currencies in which a year's pay runs into the millions (the 5 million sanity cap is lifted)
_LARGE_UNIT = frozenset(
    [
        "INR",
        "JPY",
        "KRW",
        "HUF",
        "CZK",
        "IDR",
        "VND",
        "CLP",
        "COP",
        "NGN",
        "KES",
        "PHP",
        "ISK",
        "TWD",
        "ARS",
        "TRY",
        "PKR",
        "LKR",
        "NPR",
        "BDT",
        "UAH",
        "EGP",
        "UGX",
        "TZS",
        *re.findall(
            r"[A-Z]{3}",
            "UZS KZT MNT MMK LAK KHR IQD IRR LBP SYP GNF SLL XOF XAF CDF BIF RWF PYG CRC VES AMD"
            " RUB RSD MWK SOS",
        ),
    ]
)
# Above this a figure with no period named is a year's pay, below it a month's (below 1/100 of
# it an hour's); a day's only for the currencies in which day rates are usual. Rough, per
# currency: a month's pay is seldom above it and a year's seldom below.
_MONTH_CAP: dict[str, float] = {
    "SEK": 150_000, "NOK": 150_000, "DKK": 120_000, "ISK": 2_500_000, "PLN": 60_000,
    "CZK": 250_000, "HUF": 4_000_000, "INR": 300_000, "JPY": 1_500_000, "KRW": 15_000_000,
    "CNY": 150_000, "HKD": 200_000, "TWD": 300_000, "ILS": 80_000, "TRY": 500_000,
    "BRL": 60_000, "MXN": 200_000, "ZAR": 150_000, "AED": 100_000, "SAR": 100_000,
    "QAR": 100_000, "PHP": 400_000, "IDR": 100_000_000, "VND": 200_000_000, "THB": 300_000,
    "MYR": 40_000, "NGN": 5_000_000, "KES": 1_000_000, "EGP": 300_000, "CLP": 10_000_000,
    "COP": 30_000_000, "ARS": 10_000_000, "SGD": 30_000, "MAD": 80_000, "PEN": 50_000,
    "PKR": 3_000_000, "LKR": 2_000_000, "NPR": 1_000_000, "BDT": 1_000_000, "GHS": 60_000,
    "RON": 60_000, "UAH": 300_000, "UGX": 30_000_000, "TZS": 30_000_000, "MDL": 100_000,
    "RUB": 1_000_000, "KZT": 3_000_000, "UZS": 100_000_000, "XOF": 5_000_000,
    "XAF": 5_000_000, "RWF": 5_000_000, "ETB": 300_000, "MMK": 20_000_000, "MNT": 20_000_000,
    "CRC": 10_000_000, "PYG": 100_000_000, "KWD": 10_000, "BHD": 10_000, "OMR": 10_000,
    "JOD": 10_000, "RSD": 1_000_000, "BGN": 20_000, "GEL": 20_000, "DOP": 500_000,
    "NAD": 150_000, "MUR": 500_000, "AMD": 5_000_000, "AZN": 20_000, "TND": 20_000,
    "DZD": 1_000_000, "IQD": 20_000_000,
}  # fmt: skip
_MULTIPLIERS: dict[str, float] = {
    "k": 1e3,
    "thousand": 1e3,
    "grand": 1e3,
    "tsd": 1e3,
    "tsd.": 1e3,
    "mil.": 1e6,
    "mln": 1e6,
    "mln.": 1e6,
    "тыс": 1e3,
    "тыс.": 1e3,
    "тис": 1e3,
    "тис.": 1e3,
    "млн": 1e6,
    "млн.": 1e6,
    "tis": 1e3,
    "tis.": 1e3,
    "tys": 1e3,
    "tys.": 1e3,
    "t": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "millionen": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "mrd": 1e9,
    "mrd.": 1e9,
    "mio": 1e6,
    "mio.": 1e6,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "l": 1e5,
    "lpa": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "万": 1e4,
    "萬": 1e4,
    "juta": 1e6,
    "miliar": 1e9,
    "milyar": 1e9,
    "milyon": 1e6,
    "jt": 1e6,
    "ribu": 1e3,
    "rb": 1e3,
    "triệu": 1e6,
    "tr": 1e6,
    "millones": 1e6,
    "millón": 1e6,
    "milhões": 1e6,
    "milhão": 1e6,
    "mil": 1e3,
    "만": 1e4,
    "억": 1e8,
    "e": 1e3,
    "ezer": 1e3,
    "millió": 1e6,
}
_PAY_CONTEXT = re.compile(
    # (a "payments app", "payroll" are no pay)
    # (nor a "payer" or "payee")
    r"salary|\bpay(?!ments?\b|roll|able|pal|ers?\b|ees?\b|ors?\b)|\bbase\b|\bcomp\b"
    r"|compensation|\brate\b|\bOTE\b"
    r"|on.target|package|earn|gehalt|vergütung|up to|between|range|budget|\bTC\b|per annum"
    r"|wage|€|£|\$"
    r"|salari|salário|sueldo|salaire|r[ée]mun[ée]ra|gaji|lương|luong|\bthu nhập"
    r"|\bRAL\b|stipendio|retribuzione|\bCTC\b|年薪|月薪|年収|月収|薪资|薪資|연봉|월급",
    re.IGNORECASE,
)
_NOT_PAY_AFTER = re.compile(
    # ("a 220-day contract": a length, its unit joined by a hyphen)
    r"^\s*(?:\+\s*)?(?:-(?=(?:years?|months?|weeks?|days?|hours?)\b))?(?:%|years?|yrs?|months?|weeks?|days?|hours?|hrs?|employees|people|staff"
    r"|members|users|customers|beds|patients|sq|ft|miles|km|minutes?|mins?|\(k\)|-?person|x\b"
    # what a company counts: "used in 9,000 restaurants", "25k merchants", "120 stores"
    r"|restaurants|stores|shops|merchants|clients|companies|businesses|locations|sites|branches"
    r"|hospitals|clinics|schools|homes|households|vehicles|trucks|countries|cities|downloads"
    r"|providers|physicians|doctors|nurses|accounts|projects|facilities|properties|units"
    # headcounts in other languages: "4 000 collaborateurs", "1.200 Mitarbeitende"
    r"|collaborat\w+|employés|salariés|mitarbeit\w+|medewerkers|empleados|colaboradores"
    r"|funcionários|dipendenti|pracowników|anställda|ansatte|werknemers"
    # a measure, not money: "the 110-kV grid", "a 5 MW plant", "3 GHz"
    r"|-?(?:kv|kw|mw|gw|kwh|mwh|gwh|mva|ghz|mhz)"
    # a company's worth, not a wage: "valued at USD 2.4 Bn"
    r"|bn|billion|billions|trillion|milliard\w*|mrd\.?)"
    # a whole word: "55,000 monthly" is pay, "12 months" is not; Czech "Kč hrubého" (gross) is no
    # "hr"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_EXTRA = re.compile(
    r"sign[- ]?on|signing|joining bonus|golden hello|relocation|budget|stipend|allowance"
    r"|referral|learning|training|equipment|per diem|raised|funding|series|valuation|valued"
    r"|revenue"
    # a budget to spend: "managing ~R3m/month spend", Portuguese "gestão de verba de ~R$ 4 mi"
    r"|spend|verba|orçamento|presupuesto"
    # French "Nous venons de lever CHF 9 millions", "levée de fonds"; Spanish "ronda de"
    r"|\blev(?:er|é|ée|ons)\b|lev[ée]e de fonds|ronda de|finanzierungsrunde"
    r"|ARR|turnover|AUM|assets|portfolio|bonus|equity|RSU|options|shares"
    # a supplement: "Nights get the extra $2/hr on top of the base rate"
    r"|\bextra\b"
    # "meal tickets 40 RON/day", Romania's "tichete de masă"
    r"|meal (?:tickets?|vouchers?|cards?)|tichete|maaltijdcheques?|ch[eè]ques?[- ]repas"
    r"|friskvårdsbidrag\w*"
    r"|tickets?[- ]restaurant|buoni pasto"
    # sales targets: "a GWP target of ₹85 crore", "quota of $1.2M" (not "on-target earnings")
    r"|quotas?|(?:sales|revenue|GWP|premium|growth|business|booking|pipeline|territory)\s"
    r"targets?|(?<!on[ -])targets?(?=\s*(?:of|:))",
    re.IGNORECASE,
)
_TOTAL = re.compile(
    r"\bOTE\b|on[- ]target|total comp|\bTC\b|total compensation|total package|total earnings"
    r"|including bonus|incl\.? bonus|all[- ]in",
    re.IGNORECASE,
)
# ("€80k fixed / €160k OTE", German "48k fix + Provision", "Fixum"; not a "fixed-term" contract)
_BASE = re.compile(
    r"\bbase\b|basic salary|base salary|grundgehalt|fixed salary|\bfixed\b(?![- ]term)|\bfix\b"
    r"|\bfixum\b|festgehalt",
    re.IGNORECASE,
)
# The four below run over whole texts: lower-case patterns on the lower-cased text (Lower).
UNDISCLOSED = Lower(
    r"\bcompetitive(?:\s+(?:salary|pay|package|compensation|rate|base))?\b|\bdoe\b|\bd\.o\.e\b"
    r"|depending on experience|dependent on experience|commensurate with experience"
    r"|market[- ]rate|negotiable|attractive (?:salary|package|compensation)|\btbd\b"
    r"|salary on request|nach vereinbarung"
)
BONUS = Lower(
    r"(?:\b\d{1,3}\s?%\s*(?:annual\s+|target\s+|performance\s+)?bonus\b|\bbonus(?:es)?\b"
    r"(?: of| up to)?(?:\s+\d{1,3}\s?%)?|\bcommissions?\b|\bote\b[^.\n]{0,30})"
)
EQUITY = Lower(
    r"\b(?:equity|stock options?|rsus?|restricted stock|esop|vsop|share options?|stock grants?)\b"
    r"[^.\n]{0,30}"
)
SIGN_ON = Lower(
    r"(?:[$£€]\s?\d[\d,.]*k?\s+)?\b(?:sign[- ]?on|signing"
    r"|joining)\s+bonus(?:\s+of\s+[$£€]?\s?\d[\d,.]*k?)?"
    r"|golden hello"
)
# "€1,000 learning budget", "$10k sign-on bonus" are not salary; "£85k plus bonus" is
_EXTRA_AFTER = re.compile(
    rf"^\s*(?!(?:plus|and|with|excl\.?|excluding|on top|before|\+|zuzüglich|zzgl\.?|plus"
    rf"|más|mais|più|inkl\.?|inklusive|en plus)\b)"
    # (French elides: "600 K€ d'ARR")
    rf"(?:(?!(?:plus|and|with|base|salary|fixed)\b)(?:[\w-]+\s|[dl]['’])){{0,2}}?"
    rf"(?:{_EXTRA.pattern})",
    re.IGNORECASE,
)
_EXTRA_BEFORE = re.compile(
    # ("Maaltijdcheques van €8", "tichete de masă de 40 lei")
    # ("revenue > Rp 500 M", "turnover over £20m"; "Gérer le budget maintenance (1,8 M€)")
    rf"(?:{_EXTRA.pattern})\w*(?:\s[\w-]+\s\()?\s*(?:of|:|up to|worth|at|van|de|di|von|på|om|>"
    r"|over|above)?\s*(?:up to\s*)?(?:~|≈|approx\.?|ca\.)?\s*$",
    re.IGNORECASE,
)
_BASE_RATE = re.compile(r"salary|base|basic|rate|pay\b|\bote\b", re.IGNORECASE)
# an intern's or a fellow's pay under its label: "Stipend: ₹35,000 per month" (a "housing
# stipend" is a supplement)
_STIPEND_LABEL = re.compile(
    r"(?:^|\n)[ \t•*▪-]*(?:monthly |internship |fellowship )?stipend[ \t]*[:：][ \t]*$", re.I
)
# "Budget: 55-70 LPA", "the budget for this role is £80k": the salary's budget (a learning or
# relocation budget names its purpose before the word)
_SALARY_BUDGET = re.compile(
    r"(?:^|\n|[•*-]\s|\b(?:the|our|client'?s|salary|ctc|hiring|role'?s?)\s)budget"
    r"(?:\s(?:for (?:this|the) (?:role|position)|is|of))*\s*[:\-–]?\s*(?:up to\s*)?$",
    re.IGNORECASE,
)


_INDIAN_MULT = frozenset(["lakh", "lakhs", "lac", "lacs", "lpa", "crore", "crores", "l"])
# multipliers only one country's language uses: "25 juta" is rupiah, "25 triệu" dong
_LOCAL_MULT = {
    "juta": "IDR", "jt": "IDR", "miliar": "IDR", "milyar": "IDR", "ribu": "IDR", "rb": "IDR",
    "triệu": "VND", "tr": "VND",
    "억": "KRW", "만": "KRW",  # (Hangul: "연봉은 최대 1억까지")
}  # fmt: skip
# a bare "$" is a peso only for a figure of at least this (a month's pay in pesos)
_PESO_SIZE = {"COP": 500_000.0, "CLP": 200_000.0, "ARS": 200_000.0}


@dataclass
class PayMention:
    start: int
    end: int
    min: float | None
    max: float | None
    currency: str | None
    period: Period | None
    basis: Basis
    extra: bool  # a budget / stipend / bonus / funding amount, not a salary


def parse_amount(text: str) -> float | None:
    """A number as written in pay: "120,000", "4.500", "4.500,50", "18,00,000", "120k", "12 LPA"."""
    match = _TOKEN.search(text)
    if match is None:
        return None
    value = _number(match.group("num"))
    if value is None:
        return None
    mult = (match.group("mult") or "").lower()
    return value * _MULTIPLIERS.get(mult, 1.0)


def _man(m: re.Match[str]) -> float:
    """The ten-thousands after a Korean hundred million: 2,000 of "1억 2,000만"."""
    man = m.group("man")
    if not man:
        return 0.0
    if man.endswith("천"):  # "3천만": three thousand ten-thousands
        return float(man[:-1]) * 1e7
    return float(man.replace(",", "")) * 1e4


def _number(raw: str) -> float | None:
    raw = _SPACE_CHARS.sub("", raw.replace("'", ",").replace("’", ","))
    if _INDIAN_GROUPS.fullmatch(raw):  # Indian grouping 18,00,000
        return float(raw.replace(",", ""))
    if _THOUSANDS.fullmatch(raw):  # only thousands separators
        return float(_SEPARATORS.sub("", raw))
    match = _WITH_DECIMALS.fullmatch(raw)
    if match:  # 4.500,50 or 4,500.50
        return float(_SEPARATORS.sub("", match.group(1)) + "." + match.group(4))
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None


_SPACE_CHARS = re.compile(f"[{_SPACES}]")
_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_WITH_DECIMALS = re.compile(r"(\d{1,3}(?:([.,])\d{3})+)([.,])(\d{1,2})")
_SEPARATORS = re.compile(r"[.,]")


def period_from_unit(unit: str) -> Period | None:
    key = unit.strip().lower().rstrip("s")
    for word, period in (
        ("hour", "hour"),
        ("day", "day"),
        ("week", "week"),
        ("month", "month"),
        ("year", "year"),
        ("annual", "year"),
    ):
        if word in key:
            return period  # type: ignore[return-value]
    return _PERIOD_WORDS.get(key)


def annualise(value: float | None, period: Period | None) -> float | None:
    if value is None or period is None:
        return None
    return round(value * ANNUAL_FACTOR[period], 2)


_CHINA = re.compile(
    r"\b(?:china|chinese|shanghai|beijing|shenzhen|guangzhou|hangzhou|chengdu|nanjing|wuhan"
    r"|suzhou|xi'an|prc|rmb|cny|yuan)\b|元|人民币|中国",
    re.I,
)
_JAPAN = re.compile(
    r"\b(?:japan|japanese|tokyo|osaka|yokohama|kyoto|nagoya|fukuoka|sapporo|kobe|jpy|yen|k\.k\.)"
    r"\b|円|日本|東京",
    re.I,
)
_NORDIC: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (the countries' places, and words of each language: Swedish "och", "jag", Norwegian "av",
    # "lønn", "uken", Danish "af", "løn", "ugen")
    ("SEK", re.compile(r"sweden|swedish|stockholm|gothenburg|göteborg|malmö|malmo|uppsala"
                       r"|sverige|\bsek\b|kronor|örebro|västerås|linköping|helsingborg|jönköping"
                       r"|norrköping|umeå|luleå|\boch\b|\bjag\b|\blön\b|vänliga hälsningar"
                       r"|\bvi söker\b|tjänsten", re.I)),
    ("NOK", re.compile(r"norway|norwegian|\boslo\b|bergen|trondheim|stavanger|norge|\bnok\b"
                       r"|\bnorsk|vestland|drammen|kristiansand|tromsø|\bav\b|lønn\b|\buken\b"
                       r"|vennlig hilsen|\bdeg\b|\bhei\b|pensjon|\bvi søker\b|\bmvh\b", re.I)),
    ("DKK", re.compile(r"denmark|danish|copenhagen|københavn|aarhus|odense|aalborg|danmark"
                       r"|\bdkk\b|bagsværd|holstebro|esbjerg|fredericia|vejle|kolding|randers"
                       r"|horsens|\baf\b|\bløn\b|\bugen\b|\bdansk|venlig hilsen|\bvi søger\b",
                       re.I)),
    # (Icelandic "ég", "við", "laun", "kveðja")
    ("ISK", re.compile(r"iceland|icelandic|reykjav[ií]k|\bisk\b|ísland|akureyri|kópavog"
                       r"|hafnarfj|\bég\b|\bvið\b|\blaun\b|kveðja|mánuði", re.I)),
)  # fmt: skip


_KANA = re.compile(r"[\u3040-\u30ff]")


@lru_cache(maxsize=16)
def yen_currency(text: str) -> str:
    """What "¥" means: CNY when the text names China (a city, RMB, 元) more than Japan, else JPY."""
    return "CNY" if len(_CHINA.findall(text)) > len(_JAPAN.findall(text)) else "JPY"


@lru_cache(maxsize=16)
def krone_currency(text: str) -> str:
    """What "kr" means: the krona / krone of the Nordic country named most (SEK if none)."""
    scores = {code: len(pattern.findall(text)) for code, pattern in _NORDIC}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else "SEK"


@lru_cache(maxsize=16)
def dollar_currency(text: str) -> str:
    """What a bare "$" means, from place cues in the text (default USD)."""
    lowered = text.lower()
    scores = {
        "CAD": len(
            re.findall(
                r"canad|toronto|vancouver|calgary|edmonton|ottawa|montr[eé]al|winnipeg|\bontario"
                # (not Portland's "Alberta Arts" district)
                r"|\balberta(?! arts| st\b| street)|british columbia|\bcad\b|\brrsp\b|red seal"
                r"|fort mcmurray|mississauga"
                r"|\bhoopp\b|\bomers\b|\bchrp\b|\bcphr\b|\btfsa\b|extended health|\befap\b"
                # Québec French: its places, "par année", "assurances collectives", the REER
                r"|qu[ée]bec|gatineau|sherbrooke|trois-rivi[èe]res|saguenay|\blaval\b|par ann[ée]e"
                r"|assurances? collectives?|\br[ée]er\b|\bcelapp?\b"
                r"|saskatchewan|saskatoon|\bregina\b|manitoba|nova scotia|halifax|fredericton"
                r"|moncton|newfoundland|prince edward island|yukon|nunavut|northwest territories"
                r"|guelph|kitchener|brampton|markham|oakville|kelowna|burnaby|sudbury|thunder bay"
                r"|red deer|lethbridge|nanaimo|barrie"
                # Ontario's truck licences and Toronto's boroughs: "AZ Driver", "AZ/DZ",
                # "Etobicoke", "a clean abstract"
                # (not an "AZ license": Arizona's, a nurse's)
                r"|\b[ad]z (?:driver|truck)|\baz/dz\b|etobicoke|scarborough|north york|vaughan"
                r"|clean abstract"
                # Québec's "entrevue" (an interview), Cape Breton's towns; an address in ".ca"
                r"|\bentrevue|cape breton|glace bay|[\w-]\.ca\b"
                # (round 30) Québec's regions: "Gaspésie", "Abitibi", "Côte-Nord"
                r"|gasp[ée]sie|abitibi|c[ôo]te-nord|mauricie|outaouais|rimouski|chicoutimi",
                lowered,
            )
        )
        # "85 000 $": the sign after a space-grouped amount, as French Canada writes it (not
        # "WA 98402 $58,000", a ZIP code before the amount)
        + len(re.findall(r"\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+[ \u00a0\u202f]?\$(?!\s?\d)", text))
        # ("50,37 $/h": a decimal comma before the sign, as French Canada writes it)
        + len(re.findall(r"\b\d{1,3},\d{2}[ \u00a0\u202f]?\$(?!\s?\d)", text))
        # ("29 $ à 36 $/h": a whole amount, a space, the sign and a French "à")
        + len(re.findall(r"\b\d{1,3}[ \u00a0\u202f]\$ à \d", text))
        # ("Toronto, ON"; not "your PE prep", "Mon/Fri")
        + len(re.findall(r", (?:AB|BC|ON|QC|MB|SK|NS|NB|NL|PE)\b(?! [a-z])", text)),
        "AUD": len(
            re.findall(
                r"australi|sydney|melbourne|brisbane|perth|adelaide|\bnsw\b|\bvic\b|\bqld\b"
                # ("+ super", "11.5% employer super", "super on top"; not "super cool")
                r"|superannuation|(?:\+|plus|incl\.?|including|\d%|employer|compulsory)\s?super\b"
                r"|\bsuper (?:(?:is |paid )?on top|contributions?|guarantee|fund)\b|\baud\b"
                r"|pilbara|fifo"
                # more Australian towns and words: "Townsville", "Kwinana", AHPRA, TAFE
                r"|townsville|cairns|darwin|hobart|canberra|gold coast|sunshine coast|wollongong"
                r"|geelong|kwinana|karratha|port hedland|kalgoorlie|mackay|rockhampton|toowoomba"
                r"|bunbury|gladstone|ballarat|bendigo|\bahpra\b|\btafe\b"
                # Perth's suburbs and hospitals, Australian health words
                r"|joondalup|fremantle|fiona stanley|rockingham|mandurah|\bmedicare provider\b"
                # "NDIS participants", the "WA wheatbelt", the "Harvest Trail", "Burleigh"
                r"|\bndis\b|wheatbelt|harvest trail|burleigh|white card|\bservo\b"
                # an emergency physician's FACEM, Broken Hill, a 1300 number
                r"|\bfacem\b|broken hill|\b1[38]00 \d{3} \d{3}\b"
                r"|[\w-]\.(?:com|net|org|gov|edu)\.au\b",
                lowered,
            )
        )
        + len(re.findall(r"\b(?:NSW|VIC|QLD|TAS|ACT)\b", text)),
        "NZD": len(
            re.findall(
                r"new zealand|auckland|wellington|\bnzd\b|kiwisaver|\.co\.nz\b|\bkia ora\b"
                r"|\bng[āa] mihi\b|christchurch|tauranga|dunedin|\bnz\b",
                lowered,
            )
        ),
        "SGD": len(
            re.findall(r"singapore|\bsgd\b|\bcpf\b|\bntuc\b|jurong|tampines|woodlands|\bmom\b"
                       r"|mycareersfuture|tanjong pagar|raffles place|annual wage supplement"
                       r" work pass|\bhdb\b|[\w-]\.(?:com\.)?sg\b", lowered)
        ),
        "HKD": len(re.findall(r"hong kong|kowloon|\bhkd\b|[\w-]\.(?:com\.)?hk\b", lowered)),
        "MXN": len(
            re.findall(
                r"(?<!new )m[eé]xico|guadalajara|monterrey|\bcdmx\b|\bmxn\b"
                # more Mexican places and its social security's names: the Bajío, IMSS
                r"|quer[ée]taro|baj[ií]o|jalisco|puebla|tijuana|ciudad ju[aá]rez|chihuahua"
                r"|saltillo|aguascalientes|san luis potos[ií]|hermosillo|\bm[ée]rida\b|canc[uú]n"
                r"|culiac[aá]n|le[oó]n, gto|guanajuato|zapopan|\bimss\b|\binfonavit\b"
                # a sender's address or a site in Mexico's domain ("rh@acme.com.mx")
                r"|[\w-]\.(?:com\.)?mx\b|manzanillo|colima|veracruz|oaxaca|toluca|morelia",
                lowered,
            )
        ),
        "TWD": len(re.findall(r"taiwan|taipei|hsinchu|\btwd\b", lowered)),
        # "$" is the peso's sign too (checked against the amount's size in _mention)
        "COP": len(re.findall(r"colombia|bogot[aá]|medell[ií]n|barranquilla", lowered)),
        "CLP": len(
            # (Chile's "renta … líquida": the salary, net)
            re.findall(r"\bchile|santiago|valpara[ií]so|antofagasta|las condes|vitacura"
                       r"|fiestas patrias|\bisapre|\brenta (?:bruta |l[ií]quida )?(?:mensual )?"
                       r"(?:de )?\$|l[ií]quid[oa]s? mensual|[\w-]\.cl\b",
                       lowered)
        ),
        "ARS": len(
            re.findall(
                r"argentin|buenos aires|\bcaba\b|rosario|mendoza|neuqu[eé]n|vaca muerta|c[oó]rdoba"
                r"|en pesos|pesos argentinos|\bprepaga\b|obra social|monotribut\w+"
                r"|[\w-]\.com\.ar\b",
                lowered,
            )
        ),
    }
    best = max(scores, key=lambda k: scores[k])
    # the United States named as often: "Knoxville, TN" and a 403(b) outweigh "an ACT model"
    # (anaesthesia care team, not the Australian Capital Territory)
    if scores[best] > 0 and len(_US_CUES.findall(text)) >= scores[best]:
        return "USD"
    return best if scores[best] > 0 else "USD"


# (not ", WA": Western Australia's as often as Washington's)
_US_CUES = re.compile(
    r", (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
    r"|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY|DC)\b(?! [a-z])"
    r"|\b(?:401|403|457)\((?:k|b)\)|\bUSD\b|\bUnited States\b|\bU\.S\.(?!\w)"
)


def find_pay(text: str, start: int = 0, end: int | None = None) -> list[PayMention]:
    """Every pay amount or range in text[start:end], in order, with spans into `text`."""
    end = len(text) if end is None else end
    region = text[start:end]
    tokens = [m for m in _TOKEN.finditer(region) if _plausible(region, m)]
    out: list[PayMention] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        second = None
        if i + 1 < len(tokens) and _joined(region, first, tokens[i + 1]):
            second = tokens[i + 1]
            i += 1
        i += 1
        prev_end = (
            tokens[i - 2].end()
            if i >= 2 and second is None
            else (tokens[i - 3].end() if i >= 3 else 0)
        )
        next_start = tokens[i].start() if i < len(tokens) else len(region)
        mention = _mention(text, region, start, first, second, (prev_end, next_start))
        if mention is not None and not _beyond_any_pay(mention):
            out.append(mention)
    return out


def _beyond_any_pay(mention: PayMention) -> bool:
    """No pay: a figure below ten with no currency ("pick the days u want (1 to 5 a wk)"), or
    one whose year is over a hundred years of a high month's pay in its currency (one of the
    capped ones): a company's size ("₹40,000 crore of deposits")."""
    value = mention.max if mention.max is not None else mention.min
    if value is not None and value < 10 and mention.currency is None:
        return True  # "pick the days u want (1 to 5 a wk)": a count, no currency
    cap = _MONTH_CAP.get(mention.currency or "")
    if value is None or mention.period is None or cap is None or mention.extra:
        return False  # (a "$" may be a peso's; a sales target is kept, as an extra)
    return value * ANNUAL_FACTOR[mention.period] > cap * 12 * 100


def _joined(region: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Two amounts make a range: "45k – 55k", "SGD 8,000/month - SGD 11,000/month" (the
    same period after both), and "minimum €4,200 and maximum €6,100"."""
    gap = region[first.end() : second.start()]
    if _shared_thousands(first, second) and _RANGE_JOIN.match(gap):
        return True  # "680–720 000 kr", "£45-55,000": the thousands written once, at the end
    if _bare_before_money(first, second):
        return False  # "Grade 7 – £54,720 to £61,540", "8/6 – $62/hr": a grade, a roster
    if _RANGE_JOIN.match(gap):
        return True
    if _MAX_JOIN.match(gap) and _MIN_BEFORE.search(
        region[max(0, first.start() - 20) : first.start()]
    ):
        return True
    if _BETWEEN_JOIN.match(gap) and _BETWEEN_BEFORE.search(
        region[max(0, first.start() - 20) : first.start()]
    ):
        return True
    if not gap or gap[0] not in " /p" or len(gap) > 24 or "\n" in gap:
        return False
    period = _PERIOD.match(gap)
    if period is None or not _RANGE_JOIN.match(gap[period.end() :]):
        return False
    again = _PERIOD.match(region[second.end() : second.end() + 24])
    return again is not None and again.group(0).strip() == period.group(0).strip()


_GROUPED = re.compile(rf"\d{{1,3}}[,.'’{_SPACES}]\d{{3}}")


def _shared_thousands(first: re.Match[str], second: re.Match[str] | None) -> bool:
    """ "680–720 000 kr", "65–75.000 €", "€ 3-3.500": a bare number below a thousand before
    a number of thousands, as many thousands again as it or a few more, writes its thousands
    once, at the end."""
    if second is None or first.group("post") or first.group("mult"):
        return False
    if first.group("pre") and (second.group("pre") or second.group("post")):
        return False  # ("£45-£55,000": each its own sign)
    if second.group("mult") or not _GROUPED.fullmatch(second.group("num")):
        return False
    low, high = _number(first.group("num")), _number(second.group("num"))
    return low is not None and high is not None and low < 1000 and 0.3 * high <= low * 1000 <= high


def _bare_before_money(first: re.Match[str], second: re.Match[str]) -> bool:
    """A bare small number before an amount with a currency, far below it: no range's start."""
    if first.group("pre") or first.group("post") or first.group("mult"):
        return False
    if not (second.group("pre") or second.group("post")):
        return False
    low, high = _number(first.group("num")), _number(second.group("num"))
    return low is not None and high is not None and low * 5 < high


def _plausible(region: str, m: re.Match[str]) -> bool:
    after = region[m.end() : m.end() + 32]
    if m.group("num") in {"401", "403", "457"} and (
        (m.group("mult") or "").lower() == "k" or after.startswith("(k)")
    ):
        return False
    if m.group("pre") is None and m.group("mult") is None and re.fullmatch(r"\d{4,5}", m["num"]):
        # "Savannah, GA 31408" (and "-1234" after it): a ZIP code
        state = _STATE_BEFORE.search(region[max(0, m.start("num") - 12) : m.start("num")])
        if (
            state
            and state.group("state") in US_STATES
            and (len(m["num"]) == 5) != bool(state["zip"])
        ):
            return False
    pre = m.group("pre") or ""
    if (
        not pre
        and not m.group("mult")
        and re.search(r"\d/$", region[max(0, m.start() - 3) : m.start()])
    ):
        return False  # "start 3/31": a date (not "80/95K€", a range)
    if (
        not pre
        and m.group("mult") is None
        and re.fullmatch(r"(?:19|20)\d\d", m["num"])
        and _MONTH_BEFORE.search(region, max(0, m.start() - 12), m.start())
    ):
        return False  # "20 March 2025": a date's year
    if not pre and m.group("mult") is None and _IDENTIFIER_BEFORE.search(
        region, max(0, m.start() - 10), m.start()
    ):
        return False  # "Req. #UC-2291", "#4471": an identifier
    if (
        len(pre) == 3
        and pre.isalpha()
        and pre.isupper()
        and m.start("num") == m.end("pre")
        and len(m.group("num")) <= 2
        and m.group("mult") is None
    ):
        return False  # "NIS2" (a directive): a code run into a small number ("RM8k" is pay)
    if m.group("mult") is None and _NOT_PAY_AFTER.match(after):
        return bool(m.group("pre")) and not re.match(r"^\s*%", after)
    # "~6M MAU", "1,400 paying customers": a count of people, not money
    return not _COUNT_AFTER.match(after)


_HOURS_LABEL = re.compile(
    r"(?i)\b(?:uren|hours|stunden|wochenstunden|arbeitszeit|heures|horas|ore|timer|timmar"
    r"|working hours|hours per week)[ \t]*[:：][ \t]*$"
)
_CHINESE_PAY = re.compile(r"(?:薪资|薪資|月薪|年薪|底薪|薪酬)\s?[：:]?\s?$")
_TAIWAN = re.compile(r"台湾|台灣|台北|臺北|新竹|台中|高雄|(?i:taiwan|taipei|hsinchu)")
_HONG_KONG = re.compile(r"香港|九龍|九龙|(?i:hong kong|kowloon)")
_MONTH_BEFORE = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-zé]*\.?[ ]$"
)
# "Req. #UC-2291", "ISO 26262", "ISO 20022", "IEC 61508": an identifier or a standard's number
_IDENTIFIER_BEFORE = re.compile(r"(?:#|[A-Za-z]-|\b(?:ISO|IEC|EN|DIN|IEEE|ISO/IEC|IATF|AS)[ ]?)$")
# a count of users or customers after a number, with a word before the noun or none
_COUNT_AFTER = re.compile(
    r"^\+?\s*(?:[a-z-]+\s){0,2}(?:MAU|DAU|users|customers|subscribers|downloads|installs|members"
    r"|merchants|clients|patients|students|employees|stores|outlets|branches|beds)\b"
)


def _mention(
    text: str,
    region: str,
    offset: int,
    first: re.Match[str],
    second: re.Match[str] | None,
    bounds: tuple[int, int],
) -> PayMention | None:
    last = second or first
    currency_raw = (
        first.group("pre") or first.group("post") or last.group("pre") or last.group("post")
    )
    mult_raw = (last.group("mult") or first.group("mult") or "").lower()
    low = _number(first.group("num"))
    high = _number(last.group("num")) if second else None
    if low is None or _SCALE_AFTER.match(region, last.end()):
        return None  # "a $9B community bank", "CHF 40 Mrd. AuM": a size, not pay
    first_mult = _MULTIPLIERS.get((first.group("mult") or mult_raw).lower(), 1.0)
    last_mult = _MULTIPLIERS.get(mult_raw, 1.0)
    low = low * first_mult + _man(first)
    if _shared_thousands(first, second):
        low *= 1000  # "680–720 000 kr": 680 000 to 720 000
    if high is not None:
        high = high * last_mult + _man(last)
    before = region[max(0, first.start() - 60) : first.start()]
    after_text = region[last.end() : last.end() + 40]
    period_match = _PERIOD.match(after_text)
    if period_match and period_match.group("pm") and (not currency_raw or low < 100):
        period_match = None  # "call me at 5 p.m.", "7 pm": a time, not "per month"
    # the context after a bare number stops at the next amount: "a fleet of 120 trucks. €38.000"
    # is a count, not pay, though a currency sign follows
    after_own = region[last.end() : min(bounds[1], last.end() + 20)]
    if not currency_raw:
        # "around 220 colleagues.\n\nSalary is £55,000": the pay word is another sentence's
        after_own = re.split(r"[.!?;](?:\s|$)", after_own, maxsplit=1)[0]
    if (
        not currency_raw
        and mult_raw not in _INDIAN_MULT
        and not period_match
        and not _PAY_CONTEXT.search(before[-40:] + after_own)
        and not _bare_k_range(second, mult_raw, low, high, text, offset + last.end())
    ):
        return None  # "3M is hiring", "2M users", "a fleet of 120": no currency, no pay words
    if not currency_raw and not mult_raw and low < 100 and not period_match:
        return None
    if not currency_raw and _HOURS_LABEL.search(before):
        return None  # "Uren: 32–36 per week": the hours worked, not pay
    if not currency_raw and not mult_raw and high is None and 1990 <= low <= 2039 and (
        not period_match
    ):
        return None  # "IPO envisagée à horizon 2027": a year
    if (
        not currency_raw
        and not mult_raw
        and _not_pay_number(before, first, second, after_own, period_match is not None)
    ):
        return None
    period: Period | None = None
    span_end = last.end()
    if period_match:
        word = (period_match.group("unit") or period_match.group("adverb") or "").lower()
        period = _PERIOD_WORDS.get(word.rstrip(".") if word not in _PERIOD_WORDS else word)
        if period_match.group("months"):
            period = "month"
        span_end = last.end() + period_match.end()
    if mult_raw in {"lpa"}:
        period = "year"
    currency = (
        _CURRENCY_CODES.get((currency_raw or "").lower().rstrip("."))
        or _CURRENCY_CODES.get((currency_raw or "").lower())
        or (currency_raw if currency_raw in _ISO else None)
        if currency_raw
        else None
    )
    if currency is None and not currency_raw:
        # "pagan en USD: 4.500 a 6.000 por mes", "Salary (EUR): 60,000": the code just before
        named = _CODE_BEFORE.search(before)
        if named:
            currency = _CURRENCY_CODES.get(named.group(1).lower())
    raw_low = (currency_raw or "").lower()
    post = last.group("post") or ""
    code_after = _CURRENCY_CODES.get(post.lower()) if post[:1].isalpha() else None
    if currency_raw == "$" and code_after:
        currency = code_after  # "$9.000.000 a $11.000.000 COP": the code names the dollar sign's
    elif currency_raw == "$":
        currency = dollar_currency(text)
    elif currency_raw == "¥":
        currency = yen_currency(text)
    elif raw_low in _KRONE:
        currency = krone_currency(text)
    elif raw_low in _SHARED_SIGNS:
        currency = shared_currency(raw_low, text)
    elif currency_raw == "N":
        currency = "NGN" if _NIGERIA.search(text) else None
    if currency is None and mult_raw in _INDIAN_MULT:
        currency = shared_currency("rs", text)
    elif currency is None and mult_raw in _LOCAL_MULT:
        currency = _LOCAL_MULT[mult_raw]
    elif currency is None and mult_raw == "万":
        # "年薪 80-150万": yuan in Chinese, yen where the text has kana
        currency = "JPY" if _KANA.search(text) else "CNY"
    elif currency is None and _CHINESE_PAY.search(before[-12:]) and not _KANA.search(text):
        # "薪资：35-55K·15薪": yuan, or Taiwan's or Hong Kong's dollars where the text is there
        currency = (
            "TWD" if _TAIWAN.search(text) else "HKD" if _HONG_KONG.search(text) else "CNY"
        )
    top = high if high is not None else low
    # "projects from approx. 2 Mio. € up to 15 Mio. €": a size, not pay (a sales target of
    # millions is still reported, as an extra)
    size = currency in _STRONG and low >= 2e6 and mult_raw.lower() in _MILLION
    if currency in _PESO_SIZE and currency_raw == "$" and top < _PESO_SIZE[currency]:
        currency = "USD"  # "$4,000 a month" from a Bogotá office: dollars, not pesos
    if currency is None and not currency_raw:
        # "Salario entre 7.500.000 y 9.000.000 mensual" from Bogotá: pesos; Italy's RAL is in euros
        local = country_currency(text)
        if top > 5e6 and local in _LARGE_UNIT:
            currency = local
        elif _RAL.search(before[-40:]):
            currency = "EUR"
    if top > 5e6 and currency not in _LARGE_UNIT:
        return None
    if period is None:
        # "hourly" in the sentence before is another thing's rate ("on-call paid at an hourly
        # rate).\n\n€68,000 – €78,000"): only the amount's own clause says how it is paid
        period = _period_before(before) or _guess_period(
            top, _own_clause(before) + " " + after_text, currency
        )
    context = text[max(0, offset + first.start() - 80) : offset + span_end + 40]
    near_before = region[max(bounds[0], first.start() - 35) : first.start()]
    # what follows on the same line only: "RAL 70-80k\n- bonus annuale" is a salary
    near_after = region[span_end : min(bounds[1], span_end + 25)].split("\n", 1)[0]
    extra = (
        bool(_EXTRA_AFTER.match(near_after) or _EXTRA_BEFORE.search(near_before))
        and not _BASE_RATE.search(near_before)
        and not _SALARY_BUDGET.search(near_before)
        and not _STIPEND_LABEL.search(near_before)
    )
    if size and not extra:
        return None
    basis: Basis = "unknown"
    if _TOTAL.search(near_before + " " + near_after):
        basis = "total"
    elif _BASE.search(near_before + " " + near_after):
        basis = "base"
    del context
    lo: float | None = low
    hi: float | None = high
    if high is None:
        lo, hi = _single(before, region[last.end() : last.end() + 2], low)
    elif high < low:
        lo, hi = high, low
    return PayMention(
        start=offset + first.start() + (len(first.group(0)) - len(first.group(0).lstrip())),
        end=offset + span_end,
        min=lo,
        max=hi,
        currency=currency,
        period=period,
        basis=basis,
        extra=extra,
    )


_RAL = re.compile(r"\bRAL\b")
# a billion in the languages of pay: an amount so followed is a company's size or its assets
# currencies in which millions a year are no one's salary, and the words for a million
_STRONG = frozenset(("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD"))
_MILLION = frozenset(("m", "mm", "mn", "mio", "mio.", "million", "millionen", "millions", "mil"))
_SCALE_AFTER = re.compile(
    r"[^\S\n]?(?:B|bn|[Bb]illion|[Bb]illions|Mrd|Mrd\.|Md|Mia\.?|[Mm]illiards?|[Mm]iljard\w*"
    # Portuguese "R$ 4 bi/month", "R$ 2 bilhões"
    r"|[Mm]iliard\w*|mil millones|[Tt]rillion|tn|bi|bilh(?:ões|ão))(?![a-zA-Z\u00c0-\u024f])"
)
_CLAUSE_END = re.compile(r"[.!?;](?:\)|\s)*\s(?=\S)|[.!?;]\)?\s*$")


def _own_clause(before: str) -> str:
    """The text before an amount from the end of the last sentence (or the line above when the
    amount starts a line): "Hourly rate:\n45-50" keeps "Hourly rate:"."""
    line = _line_before(before)
    ends = list(_CLAUSE_END.finditer(line))
    return line[ends[-1].end() :] if ends else line


# "Req ID 2024-1187", "Reference: 2025-77810", "Vacancy no. 12-345": a number that labels the job
_ID_BEFORE = re.compile(
    # ("Hours: 37.5 per week": the hours, a label's like an ID's)
    r"\b(?:hours|hrs|working hours|arbeitszeit|heures|horas|stunden)[^\S\n]*:[^\S\n]*$"
    # (a union's "CUPE Local 2291")
    r"|\b(?:ref(?:erence)?|req(?:uisition)?|id|vacancy|job|posting|position|opening|code|local)\.?"
    r"(?:[^\S\n]*(?:id|no\.?|number|code|#))?[^\S\n]*[:#.]?[^\S\n]*\n?[^\S\n]*$",
    re.IGNORECASE,
)
# "Savannah, GA 31408": a US ZIP code after a state's abbreviation
_STATE_BEFORE = re.compile(r"\b(?P<state>[A-Z]{2})[^\S\n]+(?P<zip>\d{5}-)?$")


# a role's line that ends in its range: "→ Frontend Engineer (React): 65–80k"
# (or its sentence, or what the pay depends on: "hybrid, 75–85K. Interested?", "55-68K
# depending on experience")
_LINE_ENDS = re.compile(
    r"[^\S\n]*(?:$|\n|[,;)]|\+|/|\.(?:\s|$)|(?i:depending|dependent|doe\b|based on exp))"
)


def _bare_k_range(
    second: re.Match[str] | None, mult: str, low: float, high: float | None, text: str, end: int
) -> bool:
    """A range in thousands with nothing after it on its line ("Engineering Manager: 95–110k")
    is a salary though no currency or pay word is near: counts and sizes name what they count."""
    return (
        second is not None
        and mult == "k"
        and high is not None
        and 10_000 <= low < high <= 999_000
        and _LINE_ENDS.match(text, end) is not None
    )


def _line_before(before: str) -> str:
    """The text before an amount on its own line, or the line above when it starts a line
    ("Salary range:\n45,000 - 55,000")."""
    head, newline, line = before.rpartition("\n")
    if line.strip() or not newline:
        return line
    return head.rpartition("\n")[2]


def _not_pay_number(
    before: str, first: re.Match[str], second: re.Match[str] | None, after: str, period: bool
) -> bool:
    """An amount without a currency or a multiplier that is not pay: a job's reference number,
    or a range with no pay word or period near it (on its line, or the line above
    when it starts one)."""
    if _ID_BEFORE.search(before[-30:]):
        return True
    if second is None or period:
        return False
    near = _line_before(before[-60:]) + " " + after.partition("\n")[0]
    return _PAY_CONTEXT.search(near) is None


def _single(before: str, after: str, value: float) -> tuple[float | None, float | None]:
    """ "up to $200k" is a maximum only; "from €60k" / "$150k+" a minimum only."""
    # ("CTC upto 7 LPA", Indian English)
    # ("bis 105 T€ p.a.", "jusqu'à 60 k€", "hasta 3.000 €", "fino a 50k")
    if re.search(
        # (Korean and Japanese "최대 1억", "最大800万円")
        # (Danish "op til 62.000 kr.", Norwegian "opp til", Swedish "upp till")
        r"(?:up ?to|max(?:imum)?|bis zu|\bbis|capped at|jusqu['’]à|hasta|até|fino a|최대|最大"
        r"|\bop til|\bopp til|\bupp till|\bдо)\s*$",
        before,
        re.IGNORECASE,
    ):
        return None, value
    if after.startswith("+") or re.search(
        # (German "mindestens € 17,20", Polish "od 9 000 zł", Dutch "vanaf € 3.200")
        r"(?:from|starting at|starting from|min(?:imum)?|\bab|at least|north of|mindestens|\bod"
        r"|\bvanaf|\bот|\bвід"
        # Norwegian and Danish "fra kr 545 000", Swedish "från", Spanish "desde", French "à
        # partir de"
        r"|\bfra|\bfrån|\bdesde|\b[aà] partir de)\s*$",
        before,
        re.IGNORECASE,
    ):
        return value, None
    if _MINIMUM_PAY.search(before[-40:]):
        return value, None
    return value, value


# "Mindestgehalt laut KV € 3.150", "minimum salary of €2,400", "salaire minimum : 2 100 €"
_MINIMUM_PAY = re.compile(
    r"\b(?:mindest(?:gehalt|lohn|entgelt|bezug)\w*|minimum (?:salary|pay|wage|rate|base)"
    r"|(?:salaire|r[ée]mun[ée]ration) minim(?:um|ale)|salario m[ií]nimo|sal[áa]rio m[íi]nimo"
    r"|retribuzione minima|stipendio minimo)(?:\s(?:laut|lt\.|nach|gem\.|gemäß|per|under|as per)"
    r"\s[\w.-]+)?(?:\s(?:of|is|de|von|:))?\s*:?\s*$",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(
    r"\b(?P<w>monthly|per month|a month|/month|mensual|mensile|monatlich|annual|yearly|per annum"
    r"|per year|hourly|per hour|daily|weekly|per week|年収|年薪|年俸|月給|月薪|月収|時給"
    # French, Portuguese, Italian (RAL: the gross annual salary), Dutch, Indonesian, Korean
    r"|mensuel(?:le)?|annuel(?:le)?|mensal|anual|mensile|annu[oa]|ral|maandsalaris|jaarsalaris"
    r"|per bulan|per tahun|연봉|월급|월)\b"
    # ("Weekly gross: $2,850", "Monthly gross salary IDR 100–130 million")
    r"(?:\s+(?:(?:base|gross|net|basic)\s+)?(?:salary|pay|rate|wage|range|package|compensation"
    r"|gross|net|take-home))?(?:\s+(?:is|of))?\s*[:\-–]?\s*$",
    re.IGNORECASE,
)


_CODE_BEFORE = re.compile(r"\b([A-Z]{3})\)?\s?:\s*$")


def _period_before(before: str) -> Period | None:
    """ "Monthly salary SEK 48,000 - 56,000": the period named right before the amount."""
    match = _PERIOD_BEFORE.search(before[-40:])
    if match is None:
        return None
    word = match.group("w").lower()
    keys: tuple[tuple[str, Period], ...] = (
        ("month", "month"),
        ("mensu", "month"),
        ("mensi", "month"),
        ("monat", "month"),
        ("annu", "year"),
        ("year", "year"),
        ("hour", "hour"),
        ("dai", "day"),
        ("week", "week"),
        ("年", "year"),
        ("月", "month"),
        ("時", "hour"),
        ("mensa", "month"),
        ("ral", "year"),
        ("maand", "month"),
        ("jaar", "year"),
        ("bulan", "month"),
        ("tahun", "year"),
        ("연봉", "year"),
        ("월", "month"),
    )
    for key, period in keys:
        if key in word:
            return period
    return None


# a gross or net pay, or the word for a wage, in Central and Southern Europe: a month's figure
# ("1.650 € bruto", "plata 2.500 KM neto", "mzda od 2 200 €"); a day rate names its day
_MONTHLY_WORD = re.compile(
    r"\b(?:bruto|brutto|neto|netto|plača|plaća|plata|mzda|zarada|zaplata|заплата|plat)\b"
)


def _guess_period(value: float, context: str, currency: str | None = None) -> Period:
    lowered = context.lower()
    if "day rate" in lowered or "daily" in lowered or "tagessatz" in lowered:
        return "day"
    if "hourly" in lowered or "per hour" in lowered:
        return "hour"
    cap = _MONTH_CAP.get(currency or "")
    if cap is not None:  # a currency with other magnitudes: no day-rate guess
        if value < cap / 100:
            return "hour"
        return "month" if value < cap else "year"
    if value < 300:
        return "hour"
    if value < 2_000 and _MONTHLY_WORD.search(lowered):
        return "month"  # "1.650 € bruto", Slovak "mzda 1 400 €": a month's pay, as Europe says it
    if value < 2_000:
        return "day"
    if value < 15_000:
        return "month"
    return "year"
