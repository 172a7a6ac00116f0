#!/usr/bin/env python3
"""Builds src/test/resources/gold/claims.jsonl from the readable list below.

Mentions are given as (surface, placeId) in text order; offsets are found here (Java String indices = UTF-16 code
units; all texts are in the BMP so Python indices agree). Claims: (actor, relation, placeId, share, areaKm2,
validFrom, negated). Run from the repository root: python3 src/test/gold-tools/make_claims_gold.py
"""
import json, os

D = "2018-06-15"
ITEMS = []

def G(id, lang, text, mentions, claims, date=D):
    ITEMS.append((id, lang, date, text, mentions, claims))

def C(actor, rel, place, share=None, area=None, frm=None, neg=False):
    return (actor, rel, place, share, area, frm, neg)

# ---------- the seed article ----------
seed = open("geodata/corpus/seed-2017-09-25.txt", encoding="utf-8").read()
G("seed", "ar", seed, [
    ("دير الزور", "deir-ez-zor"), ("سوريا", "syria"), ("الضفة الشرقية لنهر الفرات", "euphrates-east-bank"),
    ("دير الزور", "deir-ez-zor"), ("غرب الفرات", "euphrates-west-bank"), ("الرقة", "raqqa"),
    ("عاصمة داعش", "raqqa"), ("الرقة", "raqqa"), ("سوريا", "syria"), ("محافظة «دير الزور»", "deir-ez-zor-governorate"),
    ("مدينة دير الزور", "deir-ez-zor"), ("وريفها الغربي", "deir-ez-zor-countryside-west"),
    ("الريف الشرقي", "deir-ez-zor-countryside-east"), ("بالضفة الغربية للفرات", "euphrates-west-bank"),
    ("بشرق الفرات", "euphrates-east-bank"), ("أمريكا", "united-states"), ("جنوب دير الزور", "deir-ez-zor-countryside-south"),
    ("محافظة دير الزور", "deir-ez-zor-governorate"), ("مدينة دير الزور", "deir-ez-zor"), ("إدلب", "idlib"),
    ("وعفرين", "afrin"), ("لإدلب", "idlib"), ("وإيران", "iran"), ("مدينة الرقة", "raqqa"), ("الرقة", "raqqa"),
    ("الرقة", "raqqa")], [
    C("sdf", "controls", "raqqa", 0.8), C("us-coalition", "controls", "raqqa", 0.8),
    C("isis", "controls", "raqqa", 0.2),
    C("syrian-government", "captured", "euphrates-west-bank", area=16),
    C("syrian-government", "agreed_zone", "euphrates-west-bank"), C("sdf", "agreed_zone", "euphrates-east-bank"),
    C("isis", "controls", "deir-ez-zor-governorate", frm="2014"),
    C("isis", "controls", "deir-ez-zor", 0.6, frm="2014"),
    C("turkey", "deployed_near", "idlib"), C("turkey", "deployed_near", "afrin"),
    C("sdf", "besieged", "raqqa")], date="2017-09-25")

# ---------- controls ----------
G("c01", "ar", "تسيطر قوات سوريا الديمقراطية على نحو 70 بالمئة من مدينة منبج.",
  [("سوريا", "syria"), ("مدينة منبج", "manbij")], [C("sdf", "controls", "manbij", 0.7)])
G("c02", "ar", "لا تزال مدينة الباب تحت سيطرة فصائل درع الفرات منذ شباط 2017.",
  [("مدينة الباب", "al-bab"), ("الفرات", "euphrates")],
  [C("turkish-backed-opposition", "controls", "al-bab", frm="2017-02-01")])
G("c03", "ar", "وأصبحت بلدة جرابلس بيد الفصائل المدعومة من تركيا.",
  [("بلدة جرابلس", "jarablus"), ("تركيا", "turkey")], [C("turkish-backed-opposition", "controls", "jarablus")])
G("c04", "ar", "يسيطر تنظيم داعش على قرابة ربع مساحة محافظة دير الزور.",
  [("محافظة دير الزور", "deir-ez-zor-governorate")], [C("isis", "controls", "deir-ez-zor-governorate", 0.25)])
G("c05", "en", "The SDF controls about 80% of Raqqa, according to a monitoring group.",
  [("Raqqa", "raqqa")], [C("sdf", "controls", "raqqa", 0.8)])
G("c06", "en", "Government forces hold a fifth of Daraa province.",
  [("Daraa province", "daraa-governorate")], [C("syrian-government", "controls", "daraa-governorate", 0.2)])
G("c07", "en", "Hayat Tahrir al-Sham has controlled most of Idlib since 2015.",
  [("Idlib", "idlib-governorate")], [C("hts", "controls", "idlib-governorate", frm="2015")])
G("c08", "ar", "كانت هيئة تحرير الشام تسيطر على تسعين بالمئة من محافظة إدلب في أيلول/سبتمبر 2018.",
  [("محافظة إدلب", "idlib-governorate")], [C("hts", "controls", "idlib-governorate", 0.9, frm="2018-09-01")])
G("c09", "en", "Rebels remain in control of 20 per cent of the town of Douma.",
  [("Douma", "douma")], [C("opposition", "controls", "douma", 0.2)])
G("c10", "en", "The area of about 40 square kilometres around Tabqa is held by the SDF.",
  [("Tabqa", "tabqa")], [C("sdf", "controls", "tabqa", area=40)])
G("c11", "ar", "تسيطر وحدات حماية الشعب على حي الشيخ مقصود في حلب.",
  [("حي الشيخ مقصود", "sheikh-maqsoud"), ("حلب", "aleppo")], [C("sdf", "controls", "sheikh-maqsoud")])
G("c12", "ar", "تسيطر القوات الحكومية على أكثر من نصف مدينة درعا.",
  [("مدينة درعا", "daraa")], [C("syrian-government", "controls", "daraa", 0.5)])
G("c13", "ar", "تسيطر هيئة تحرير الشام على ثلثي محافظة إدلب.",
  [("محافظة إدلب", "idlib-governorate")], [C("hts", "controls", "idlib-governorate", 0.667)])
G("c14", "en", "Kurdish-led forces control two-thirds of Deir ez-Zor province.",
  [("Deir ez-Zor province", "deir-ez-zor-governorate")], [C("sdf", "controls", "deir-ez-zor-governorate", 0.667)])
G("c15", "en", "The Syrian army controls 20 per cent of Eastern Ghouta.",
  [("Eastern Ghouta", "eastern-ghouta")], [C("syrian-government", "controls", "eastern-ghouta", 0.2)])
G("c16", "ar", "يسيطر الجيش الوطني السوري على ثمانين في المئة من منطقة عفرين.",
  [("منطقة عفرين", "afrin")], [C("turkish-backed-opposition", "controls", "afrin", 0.8)])
G("c17", "ar", "تسيطر قسد على خمسة وعشرين بالمئة من مساحة سوريا.",
  [("سوريا", "syria")], [C("sdf", "controls", "syria", 0.25)])
G("c18", "ar", "تسيطر قوات سوريا الديمقراطية على مدينة الحسكة منذ عام 2015.",
  [("سوريا", "syria"), ("مدينة الحسكة", "hasakah")], [C("sdf", "controls", "hasakah", frm="2015")])
G("c19", "ar", "تسيطر القوات التركية على مدينة رأس العين منذ أكتوبر الماضي.",
  [("مدينة رأس العين", "ras-al-ayn")], [C("turkey", "controls", "ras-al-ayn", frm="2019-10-01")], date="2020-03-01")
G("c20", "en", "The Syrian army has held Palmyra since March 2017.",
  [("Palmyra", "palmyra")], [C("syrian-government", "controls", "palmyra", frm="2017-03-01")])
G("c21", "en", "Turkish-backed groups have controlled Jarablus since 2016.",
  [("Jarablus", "jarablus")], [C("turkish-backed-opposition", "controls", "jarablus", frm="2016")])
G("c22", "ar", "الجيش السوري يسيطر على مدينة البوكمال منذ تشرين الثاني/نوفمبر 2017.",
  [("مدينة البوكمال", "al-bukamal")], [C("syrian-government", "controls", "al-bukamal", frm="2017-11-01")])
G("c23", "en", "According to activists, ISIS still holds about 5 percent of the city of Raqqa.",
  [("Raqqa", "raqqa")], [C("isis", "controls", "raqqa", 0.05)])
G("c24", "ar", "وتبقى بلدة تل رفعت في قبضة وحدات حماية الشعب.",
  [("بلدة تل رفعت", "tal-rifaat")], [C("sdf", "controls", "tal-rifaat")])
G("c25", "ar", "وقالت قيادة درع الفرات إن مقاتليها يسيطرون على مدينة الباب.",
  [("الفرات", "euphrates"), ("مدينة الباب", "al-bab")], [C("turkish-backed-opposition", "controls", "al-bab")])
G("c26", "en", "The Syrian Democratic Forces control Tabqa.",
  [("Syrian", "syria"), ("Tabqa", "tabqa")], [C("sdf", "controls", "tabqa")])
G("c27", "en", "Aleppo Governorate Council officials said the regime controls the eastern neighbourhoods of Aleppo.",
  [("Aleppo Governorate", "aleppo-governorate"), ("Aleppo", "aleppo")], [C("syrian-government", "controls", "aleppo")])

# ---------- captured ----------
G("k01", "ar", "سيطرت قوات النظام على مدينة تدمر بعد معارك استمرت أسابيع.",
  [("مدينة تدمر", "palmyra")], [C("syrian-government", "captured", "palmyra")])
G("k02", "ar", "استعادت قوات النظام السيطرة على بلدة خان شيخون في آب 2019.",
  [("بلدة خان شيخون", "khan-shaykhun")], [C("syrian-government", "captured", "khan-shaykhun", frm="2019-08-01")])
G("k03", "ar", "انتزعت قوات قسد بلدة الباغوز من تنظيم الدولة في آذار 2019.",
  [("بلدة الباغوز", "al-baghuz")], [C("sdf", "captured", "al-baghuz", frm="2019-03-01")])
G("k04", "ar", "دخلت القوات التركية مدينة عفرين.", [("مدينة عفرين", "afrin")], [C("turkey", "captured", "afrin")])
G("k05", "ar", "حررت فصائل المعارضة قرية تل رفعت.", [("قرية تل رفعت", "tal-rifaat")], [C("opposition", "captured", "tal-rifaat")])
G("k06", "en", "Syrian troops recaptured the town of Maaret al-Numan in January 2020.",
  [("Maaret al-Numan", "maarat-al-numan")], [C("syrian-government", "captured", "maarat-al-numan", frm="2020-01-01")])
G("k07", "en", "ISIS fighters seized parts of Palmyra.", [("Palmyra", "palmyra")], [C("isis", "captured", "palmyra")])
G("k08", "en", "The town of al-Bab fell to Turkish-backed rebels.", [("al-Bab", "al-bab")],
  [C("turkish-backed-opposition", "captured", "al-bab")])
G("k09", "en", "Manbij was captured by the SDF in August 2016.", [("Manbij", "manbij")],
  [C("sdf", "captured", "manbij", frm="2016-08-01")])
G("k10", "ar", "سيطرت قوات النظام على مساحة 120 كيلومترا مربعا في ريف حماة الشمالي.",
  [("ريف حماة الشمالي", "hama-countryside-north")], [C("syrian-government", "captured", "hama-countryside-north", area=120)])
G("k11", "ar", "استعادت قسد نحو 16 كم2 شرق نهر الفرات.", [("شرق نهر الفرات", "euphrates-east-bank")],
  [C("sdf", "captured", "euphrates-east-bank", area=16)])
G("k12", "en", "Government forces captured 300 km2 in eastern Homs province.", [("Homs province", "homs-governorate")],
  [C("syrian-government", "captured", "homs-governorate", area=300)])
G("k13", "ar", "بسطت فصائل المعارضة سيطرتها على نحو ثلاثة آلاف كيلومتر مربع في ريف درعا.",
  [("ريف درعا", "daraa-countryside")], [C("opposition", "captured", "daraa-countryside", area=3000)])
G("k14", "ar", "سيطرت فصائل المعارضة على مدينة إدلب في آذار/مارس 2015.", [("مدينة إدلب", "idlib")],
  [C("opposition", "captured", "idlib", frm="2015-03-01")])
G("k15", "en", "In March 2019 the SDF captured Baghuz.", [("Baghuz", "al-baghuz")],
  [C("sdf", "captured", "al-baghuz", frm="2019-03-01")])
G("k16", "ar", "استولى تنظيم داعش على مدينة تدمر في أيار 2015.", [("مدينة تدمر", "palmyra")],
  [C("isis", "captured", "palmyra", frm="2015-05-01")])
G("k17", "ar", "سيطر الجيش السوري الحر على بلدة أعزاز عام 2012.", [("بلدة أعزاز", "azaz")],
  [C("opposition", "captured", "azaz", frm="2012")])
G("k18", "ar", "وقال مجلس دير الزور العسكري إن قواته سيطرت على بلدة الصور.",
  [("دير الزور", "deir-ez-zor"), ("بلدة الصور", "al-sur")], [C("sdf", "captured", "al-sur")])
G("k19", "ar", "وبحسب المرصد، فإن قوات النظام سيطرت على 60 بالمائة من حي جوبر.", [("حي جوبر", "jobar")],
  [C("syrian-government", "captured", "jobar", 0.6)])
G("k20", "ar", "وقال مصدر عسكري إن الجيش السوري استعاد بلدة القريتين.", [("بلدة القريتين", "al-qaryatayn")],
  [C("syrian-government", "captured", "al-qaryatayn")])
G("k21", "en", "Rebels reportedly seized the village of Tal Malah.", [("Tal Malah", "tal-malah")],
  [C("opposition", "captured", "tal-malah")])
G("k22", "ar", "وفي منتصف تموز 2018 دخلت قوات النظام مدينة درعا البلد.", [("مدينة درعا البلد", "daraa")],
  [C("syrian-government", "captured", "daraa", frm="2018-07-01")])

# ---------- lost ----------
G("l01", "ar", "خسر تنظيم داعش مدينة الميادين خلال يومين.", [("مدينة الميادين", "al-mayadin")], [C("isis", "lost", "al-mayadin")])
G("l02", "ar", "فقدت قوات النظام السيطرة على بلدة مورك.", [("بلدة مورك", "morek")], [C("syrian-government", "lost", "morek")])
G("l03", "en", "ISIS lost Raqqa in October 2017.", [("Raqqa", "raqqa")], [C("isis", "lost", "raqqa", frm="2017-10-01")])
G("l04", "en", "The rebels have lost a quarter of eastern Ghouta.", [("eastern Ghouta", "eastern-ghouta")],
  [C("opposition", "lost", "eastern-ghouta", 0.25)])
G("l05", "ar", "خسرت هيئة تحرير الشام بلدة كفرنبل لصالح قوات النظام.", [("بلدة كفرنبل", "kafranbel")],
  [C("hts", "lost", "kafranbel")])

# ---------- withdrew ----------
G("w01", "ar", "انسحبت قوات سوريا الديمقراطية من مدينة منبج إلى شرق الفرات.",
  [("سوريا", "syria"), ("مدينة منبج", "manbij"), ("شرق الفرات", "euphrates-east-bank")], [C("sdf", "withdrew", "manbij")])
G("w02", "ar", "انسحب مسلحو داعش من بلدة السخنة باتجاه دير الزور.",
  [("بلدة السخنة", "al-sukhnah"), ("دير الزور", "deir-ez-zor")], [C("isis", "withdrew", "al-sukhnah")])
G("w03", "en", "US troops withdrew from Tal Tamr.", [("Tal Tamr", "tal-tamr")], [C("us-coalition", "withdrew", "tal-tamr")])
G("w04", "en", "Government forces did not withdraw from Daraa.", [("Daraa", "daraa")],
  [C("syrian-government", "withdrew", "daraa", neg=True)])
G("w05", "ar", "وبحسب التفاهم الأمريكي التركي، تنسحب وحدات حماية الشعب من منبج.", [("منبج", "manbij")],
  [C("sdf", "withdrew", "manbij")])
G("w06", "en", "Rebel groups withdrew from the town of Khan Shaykhun in August 2019.", [("Khan Shaykhun", "khan-shaykhun")],
  [C("opposition", "withdrew", "khan-shaykhun", frm="2019-08-01")])

# ---------- besieged ----------
G("b01", "ar", "تحاصر قوات النظام الغوطة الشرقية منذ عام 2013.", [("الغوطة الشرقية", "eastern-ghouta")],
  [C("syrian-government", "besieged", "eastern-ghouta", frm="2013")])
G("b02", "ar", "فرض تنظيم الدولة حصارا على مدينة دير الزور عام 2015.", [("مدينة دير الزور", "deir-ez-zor")],
  [C("isis", "besieged", "deir-ez-zor", frm="2015")])
G("b03", "en", "Regime forces besieged eastern Aleppo in July 2016.", [("Aleppo", "aleppo")],
  [C("syrian-government", "besieged", "aleppo", frm="2016-07-01")])
G("b04", "ar", "حاصرت هيئة تحرير الشام بلدتي كفريا والفوعة.", [("كفريا", "kafraya"), ("والفوعة", "al-fuah")],
  [C("hts", "besieged", "kafraya"), C("hts", "besieged", "al-fuah")])
G("b05", "ar", "وتحاصر قوات النظام بلدة كفرزيتا منذ حزيران الماضي.", [("بلدة كفرزيتا", "kafr-zita")],
  [C("syrian-government", "besieged", "kafr-zita", frm="2018-06-01")], date="2018-10-10")
G("b06", "en", "Hezbollah fighters besieged the town of Madaya in 2015.", [("Madaya", "madaya")],
  [C("iran-backed-militias", "besieged", "madaya", frm="2015")])
G("b07", "en", "Government forces have besieged Daraa since last June.", [("Daraa", "daraa")],
  [C("syrian-government", "besieged", "daraa", frm="2021-06-01")], date="2021-08-20")

# ---------- attacked ----------
G("a01", "ar", "هاجم مسلحو داعش مواقع لقوات النظام قرب مدينة السخنة.", [("مدينة السخنة", "al-sukhnah")],
  [C("isis", "attacked", "al-sukhnah")])
G("a02", "ar", "شنت هيئة تحرير الشام هجوما على بلدة محردة.", [("بلدة محردة", "mhardeh")], [C("hts", "attacked", "mhardeh")])
G("a03", "en", "HTS fighters attacked government positions in the town of Suqaylabiyah.",
  [("Suqaylabiyah", "al-suqaylabiyah")], [C("hts", "attacked", "al-suqaylabiyah")])
G("a04", "en", "Turkish-backed factions launched an offensive against Afrin in January 2018.", [("Afrin", "afrin")],
  [C("turkish-backed-opposition", "attacked", "afrin", frm="2018-01-01")])
G("a05", "en", "ISIS attacked the SDF in Hajin.", [("Hajin", "hajin")], [C("isis", "attacked", "hajin")])
G("a06", "ar", "واقتحمت قوات النظام أطراف مدينة اللطامنة فجر اليوم.", [("مدينة اللطامنة", "al-lataminah")],
  [C("syrian-government", "attacked", "al-lataminah")])

# ---------- shelled ----------
G("s01", "ar", "قصفت قوات النظام بلدة كفرنبل بالمدفعية الثقيلة.", [("بلدة كفرنبل", "kafranbel")],
  [C("syrian-government", "shelled", "kafranbel")])
G("s02", "ar", "استهدفت القوات التركية بالمدفعية قرى في ريف عفرين.", [("ريف عفرين", "afrin-countryside")],
  [C("turkey", "shelled", "afrin-countryside")])
G("s03", "en", "Russian jets and regime artillery shelled Khan Shaykhun on Tuesday.", [("Khan Shaykhun", "khan-shaykhun")],
  [C("syrian-government", "shelled", "khan-shaykhun"), C("russia", "shelled", "khan-shaykhun")])
G("s04", "en", "The SDF said Turkish forces shelled Tal Abyad, a claim Ankara denied.", [("Tal Abyad", "tal-abyad")],
  [C("turkey", "shelled", "tal-abyad")])
G("s05", "ar", "نفت أنقرة أن يكون الجيش التركي قد قصف بلدة تل تمر.", [("بلدة تل تمر", "tal-tamr")],
  [C("turkey", "shelled", "tal-tamr", neg=True)])
G("s06", "en", "Coalition aircraft bombarded ISIS positions near Hajin.", [("Hajin", "hajin")],
  [C("us-coalition", "shelled", "hajin")])
G("s07", "ar", "قصفت القوات التركية مواقع لقسد في ريف منبج.", [("ريف منبج", "manbij-countryside")],
  [C("turkey", "shelled", "manbij-countryside")])
G("s08", "en", "The regime and Russia shelled Saraqib.", [("Saraqib", "saraqib")],
  [C("syrian-government", "shelled", "saraqib"), C("russia", "shelled", "saraqib")])
G("s09", "ar", "وقال لاجئون في تركيا إن قوات النظام قصفت قرية كفر نبودة.", [("تركيا", "turkey"), ("قرية كفر نبودة", "kafr-nabudah")],
  [C("syrian-government", "shelled", "kafr-nabudah")])
G("s10", "en", "Refugees fled from Idlib to Turkey as regime forces shelled Saraqib.",
  [("Idlib", "idlib"), ("Turkey", "turkey"), ("Saraqib", "saraqib")], [C("syrian-government", "shelled", "saraqib")])
G("s11", "en", "Russia denied that its forces had shelled Idlib city.", [("Idlib city", "idlib")],
  [C("russia", "shelled", "idlib", neg=True)])

# ---------- advanced_toward ----------
G("v01", "ar", "تقدمت قوات النظام نحو مدينة معرة النعمان من الجهة الشرقية.", [("مدينة معرة النعمان", "maarat-al-numan")],
  [C("syrian-government", "advanced_toward", "maarat-al-numan")])
G("v02", "ar", "تتقدم قوات سوريا الديمقراطية باتجاه بلدة هجين.", [("سوريا", "syria"), ("بلدة هجين", "hajin")],
  [C("sdf", "advanced_toward", "hajin")])
G("v03", "en", "Government forces advanced toward Idlib's southern countryside.",
  [("Idlib's southern countryside", "idlib-countryside-south")], [C("syrian-government", "advanced_toward", "idlib-countryside-south")])
G("v04", "en", "The Syrian army is advancing on the town of al-Bukamal from the west.", [("al-Bukamal", "al-bukamal")],
  [C("syrian-government", "advanced_toward", "al-bukamal")])
G("v05", "ar", "وتقدمت فصائل الجيش الوطني باتجاه مدينة تل أبيض.", [("مدينة تل أبيض", "tal-abyad")],
  [C("turkish-backed-opposition", "advanced_toward", "tal-abyad")])

# ---------- deployed_near ----------
G("d01", "ar", "حشدت قوات النظام تعزيزات عسكرية قرب مدينة منبج.", [("مدينة منبج", "manbij")],
  [C("syrian-government", "deployed_near", "manbij")])
G("d02", "ar", "أرسل الجيش التركي تعزيزات إلى الحدود مع إدلب.", [("إدلب", "idlib")], [C("turkey", "deployed_near", "idlib")])
G("d03", "en", "Turkey massed troops near Tal Abyad.", [("Turkey", "turkey"), ("Tal Abyad", "tal-abyad")],
  [C("turkey", "deployed_near", "tal-abyad")])
G("d04", "en", "Iran-backed militias deployed reinforcements near al-Bukamal.", [("al-Bukamal", "al-bukamal")],
  [C("iran-backed-militias", "deployed_near", "al-bukamal")])
G("d05", "en", "Russian forces deployed near Manbij after the US withdrawal.", [("Manbij", "manbij")],
  [C("russia", "deployed_near", "manbij")])
G("d06", "ar", "ونشرت روسيا شرطة عسكرية في مدينة كوباني.", [("مدينة كوباني", "kobani")], [C("russia", "deployed_near", "kobani")])

# ---------- agreed_zone ----------
G("z01", "ar", "ونص الاتفاق على بقاء قوات النظام في الضفة الغربية لنهر الفرات وبقاء قسد في الضفة الشرقية.",
  [("الضفة الغربية لنهر الفرات", "euphrates-west-bank"), ("الضفة الشرقية", "euphrates-east-bank")],
  [C("syrian-government", "agreed_zone", "euphrates-west-bank"), C("sdf", "agreed_zone", "euphrates-east-bank")])
G("z02", "en", "Under the deal, Turkish forces stay in Tal Abyad and Ras al-Ain while Russia patrols Kobani.",
  [("Tal Abyad", "tal-abyad"), ("Ras al-Ain", "ras-al-ayn"), ("Kobani", "kobani")],
  [C("turkey", "agreed_zone", "tal-abyad"), C("turkey", "agreed_zone", "ras-al-ayn")])
G("z03", "ar", "وبموجب تفاهم روسي تركي تبقى الفصائل المدعومة من تركيا في منطقة عفرين.", [("تركيا", "turkey"), ("منطقة عفرين", "afrin")],
  [C("turkish-backed-opposition", "agreed_zone", "afrin")])

# ---------- negation ----------
G("n01", "ar", "لم تسيطر قوات النظام على بلدة اللطامنة حتى الآن.", [("بلدة اللطامنة", "al-lataminah")],
  [C("syrian-government", "controls", "al-lataminah", neg=True)])
G("n02", "ar", "نفت قوات سوريا الديمقراطية أن يكون تنظيم داعش قد استعاد بلدة هجين.", [("سوريا", "syria"), ("بلدة هجين", "hajin")],
  [C("isis", "captured", "hajin", neg=True)])
G("n03", "ar", "لم يعد تنظيم داعش يسيطر على مدينة الطبقة.", [("مدينة الطبقة", "tabqa")], [C("isis", "controls", "tabqa", neg=True)])
G("n04", "en", "The SDF did not capture Hajin.", [("Hajin", "hajin")], [C("sdf", "captured", "hajin", neg=True)])
G("n05", "en", "Rebels no longer control the city of Daraa.", [("Daraa", "daraa")], [C("opposition", "controls", "daraa", neg=True)])
G("n06", "ar", "لا تسيطر الفصائل المدعومة من تركيا على مدينة تل رفعت.", [("تركيا", "turkey"), ("مدينة تل رفعت", "tal-rifaat")],
  [C("turkish-backed-opposition", "controls", "tal-rifaat", neg=True)])
G("n07", "ar", "وليس صحيحا أن قوات النظام دخلت مدينة سراقب.", [("مدينة سراقب", "saraqib")],
  [C("syrian-government", "captured", "saraqib", neg=True)])
G("n08", "en", "Turkey denied that its army had entered Manbij.", [("Turkey", "turkey"), ("Manbij", "manbij")],
  [C("turkey", "captured", "manbij", neg=True)])

# ---------- traps and sentences with no claim ----------
G("t01", "ar", "وصل وفد من الأمم المتحدة إلى مدينة حلب لبحث الأوضاع الإنسانية.", [("مدينة حلب", "aleppo")], [])
G("t02", "en", "Schools reopened in Raqqa after the battle.", [("Raqqa", "raqqa")], [])
G("t03", "ar", "وتستعد قوات النظام لمعركة تحرير إدلب.", [("إدلب", "idlib")], [])
G("t04", "en", "The Saudi-led coalition controls the port of Hodeidah.", [("Hodeidah", "hodeidah")], [])
G("t05", "ar", "ويسيطر التحالف العربي على ميناء عدن.", [("عدن", "aden")], [])
G("t06", "en", "Fighters crossed from Turkey and captured the village of Atmeh.", [("Turkey", "turkey"), ("Atmeh", "atmeh")], [])
G("t07", "ar", "أعلنت قوات سوريا الديمقراطية تشكيل مجلس مدني لمدينة الرقة.", [("سوريا", "syria"), ("لمدينة الرقة", "raqqa")], [])
G("t08", "ar", "القوات السورية تعرضت لقصف من مواقع على الضفة الشرقية لنهر الفرات.",
  [("الضفة الشرقية لنهر الفرات", "euphrates-east-bank")], [])
G("t09", "en", "Damascus and Moscow discussed the situation in Idlib.", [("Damascus", "damascus"), ("Idlib", "idlib")], [])
G("t10", "ar", "بيد أن قوات النظام ما زالت بعيدة عن مدينة إدلب.", [("مدينة إدلب", "idlib")], [])
G("t11", "ar", "وأشاد قائد في الجيش السوري الحر بصمود أهالي مدينة حمص.", [("مدينة حمص", "homs")], [])

# ---------- held out: written after the rules were frozen, scored before any change (ids h..) ----------
G("h01", "ar", "وأكدت مصادر محلية أن قوات النظام باتت تسيطر على معظم أحياء مدينة حلب الشرقية.",
  [("مدينة حلب", "aleppo")], [C("syrian-government", "controls", "aleppo")])
G("h02", "ar", "وتمكن مقاتلو هيئة تحرير الشام من السيطرة على قرية الحويز في سهل الغاب.",
  [("قرية الحويز", "al-huwayz"), ("سهل الغاب", "al-ghab-plain")], [C("hts", "captured", "al-huwayz")])
G("h03", "ar", "وتواصل قوات سوريا الديمقراطية حصار آخر جيب لداعش في بلدة الباغوز.",
  [("بلدة الباغوز", "al-baghuz")], [C("sdf", "besieged", "al-baghuz")])
G("h04", "en", "Pro-government forces pushed into the outskirts of Deir ez-Zor city on Tuesday.",
  [("Deir ez-Zor city", "deir-ez-zor")], [C("syrian-government", "advanced_toward", "deir-ez-zor")])
G("h05", "en", "Islamic State militants still hold roughly 30 percent of Deir ez-Zor province.",
  [("Deir ez-Zor province", "deir-ez-zor-governorate")], [C("isis", "controls", "deir-ez-zor-governorate", 0.3)])
G("h06", "ar", "وانسحبت وحدات الحماية الكردية من تل رفعت بعد تفاهم مع الجانب الروسي.",
  [("تل رفعت", "tal-rifaat")], [C("sdf", "withdrew", "tal-rifaat")])
G("h07", "ar", "قصفت الطائرات الروسية والقوات الحكومية مدينة خان شيخون صباح الثلاثاء.",
  [("مدينة خان شيخون", "khan-shaykhun")], [C("syrian-government", "shelled", "khan-shaykhun"), C("russia", "shelled", "khan-shaykhun")])
G("h08", "en", "The Turkish army sent dozens of tanks to the border near Kobani.",
  [("Kobani", "kobani")], [C("turkey", "deployed_near", "kobani")])
G("h09", "ar", "ولم تتمكن فصائل المعارضة من استعادة بلدة مورك رغم الهجمات المتكررة.",
  [("بلدة مورك", "morek")], [C("opposition", "captured", "morek", neg=True)])
G("h10", "en", "Russia denied reports that its troops had withdrawn from Qamishli airport.",
  [("Qamishli", "qamishli")], [C("russia", "withdrew", "qamishli", neg=True)])
G("h11", "ar", "وسيطرت فصائل غصن الزيتون على مركز ناحية جنديرس في ريف عفرين.",
  [("ناحية جنديرس", "jindires"), ("ريف عفرين", "afrin-countryside")],
  [C("turkish-backed-opposition", "captured", "jindires")])
G("h12", "ar", "ويقدر ناشطون أن التنظيم يسيطر على نحو 40 ٪ من مساحة مدينة الرقة بعد خسارته حي المشلب.",
  [("مدينة الرقة", "raqqa"), ("حي المشلب", "al-mishlab")],
  [C("isis", "controls", "raqqa", 0.4), C("isis", "lost", "al-mishlab")])
G("h13", "en", "According to the monitor, government troops retook 45 square kilometres near Palmyra.",
  [("Palmyra", "palmyra")], [C("syrian-government", "captured", "palmyra", area=45)])
G("h14", "ar", "هاجمت خلايا تابعة لداعش حاجزا لقسد في بلدة الشحيل.",
  [("بلدة الشحيل", "al-shuhayl")], [C("isis", "attacked", "al-shuhayl")])
G("h15", "ar", "دفعت القوات الأمريكية بتعزيزات جديدة إلى قاعدتها في الشدادي.",
  [("الشدادي", "al-shaddadi")], [C("us-coalition", "deployed_near", "al-shaddadi")])
G("h16", "en", "The Nusra Front has besieged the Shia villages of Nubl and Zahraa since 2012.",
  [("Nubl", "nubl"), ("Zahraa", "al-zahraa")], [C("hts", "besieged", "nubl", frm="2012"), C("hts", "besieged", "al-zahraa", frm="2012")])
G("h17", "ar", "وتقضي الاتفاقية بأن تتسلم قوات النظام مدينة منبج.",
  [("مدينة منبج", "manbij")], [C("syrian-government", "agreed_zone", "manbij")])
G("h18", "ar", "ولا يزال حي الوعر تحت سيطرة فصائل المعارضة منذ أيار 2014.",
  [("حي الوعر", "al-waer")], [C("opposition", "controls", "al-waer", frm="2014-05-01")])
G("h19", "en", "Rebels lost nearly half of the territory they held in Daraa province.",
  [("Daraa province", "daraa-governorate")], [C("opposition", "lost", "daraa-governorate", 0.5)])
G("h20", "ar", "تسيطر قوات الأسد على ما يقارب ستين بالمئة من الأراضي السورية.",
  [("الأراضي السورية", "syria")], [C("syrian-government", "controls", "syria", 0.6)])
G("h21", "en", "Hezbollah and Syrian troops captured Qusayr in June 2013.",
  [("Qusayr", "al-qusayr")], [C("iran-backed-militias", "captured", "al-qusayr", frm="2013-06-01"),
                                C("syrian-government", "captured", "al-qusayr", frm="2013-06-01")])
G("h22", "ar", "استعادت القوات العراقية مدينة الموصل من داعش.",
  [("مدينة الموصل", "mosul")], [])
G("h23", "ar", "وتحشد الميليشيات الإيرانية عناصرها في محيط مدينة الميادين.",
  [("مدينة الميادين", "al-mayadin")], [C("iran-backed-militias", "deployed_near", "al-mayadin")])
G("h24", "en", "The coalition said SDF fighters had cleared 12 km2 east of Hajin.",
  [("east of Hajin", "hajin")], [C("sdf", "captured", "hajin", area=12)])
G("h25", "ar", "وتستهدف قوات النظام بالمدفعية الثقيلة بلدات ريف إدلب الجنوبي منذ مطلع الشهر.",
  [("ريف إدلب الجنوبي", "idlib-countryside-south")], [C("syrian-government", "shelled", "idlib-countryside-south")])
G("h26", "ar", "ونفى الجيش التركي دخول قواته إلى بلدة عين عيسى.",
  [("بلدة عين عيسى", "ain-issa")], [C("turkey", "captured", "ain-issa", neg=True)])
G("h27", "en", "Kurdish fighters remain in control of about a third of Afrin district.",
  [("Afrin district", "afrin")], [C("sdf", "controls", "afrin", 0.333)])
G("h28", "ar", "وبات تنظيم الدولة محاصرا في جيب صغير قرب البوكمال.",
  [("البوكمال", "al-bukamal")], [])
G("h29", "en", "Government forces and allied militias are advancing towards Abu Kamal.",
  [("Abu Kamal", "al-bukamal")], [C("syrian-government", "advanced_toward", "al-bukamal")])
G("h30", "ar", "وتخضع مدينة عفرين منذ آذار 2018 لسيطرة الجيش الوطني السوري.",
  [("مدينة عفرين", "afrin")], [C("turkish-backed-opposition", "controls", "afrin", frm="2018-03-01")])

here = os.path.dirname(os.path.abspath(__file__))
out_path = os.path.join(here, "..", "resources", "gold", "claims.jsonl")
with open(out_path, "w", encoding="utf-8") as out:
    for id, lang, date, text, mentions, claims in ITEMS:
        pos = 0
        ms = []
        for surface, pid in mentions:
            i = text.find(surface, pos)
            if i < 0:
                raise SystemExit(f"{id}: surface {surface!r} not found after {pos}")
            ms.append({"start": i, "end": i + len(surface), "surface": surface, "placeId": pid})
            pos = i + len(surface)
        cs = [{"actor": a, "relation": r, "placeId": p, "share": s, "areaKm2": ar, "validFrom": f, "negated": n,
               "evidence": None} for a, r, p, s, ar, f, n in claims]
        out.write(json.dumps({"id": id, "lang": lang, "date": date, "text": text, "mentions": ms, "claims": cs},
                             ensure_ascii=False) + "\n")
print(len(ITEMS), "items,", sum(len(i[5]) for i in ITEMS), "claims")
