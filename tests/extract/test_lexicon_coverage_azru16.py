"""Round 16: more common Azerbaijani and Russian news wording for each event class is a
trigger of that class (one sentence per lexicon entry added)."""

import datetime as dt

import pytest

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Source

PUBLISHED = dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("ru", "Россия нанесла авиаудар по позициям Грузии.", "Attack"),
        ("ru", "Боевики похитили двух граждан Армении.", "Attack"),
        ("ru", "Похищение граждан Азербайджана осудили в Баку.", "Attack"),
        ("ru", "Российская авиация продолжила бомбардировки Грузии.", "Shelling"),
        ("ru", "Армия Азербайджана перешла в контратаку против Армении.", "MilitaryOffensive"),
        (
            "ru",
            "Армения заявила о нарушении режима прекращения огня Азербайджаном.",
            "BorderIncident",
        ),
        ("ru", "Азербайджан решил выслать двух иранских дипломатов.", "DiplomaticDowngrade"),
        ("ru", "Двое российских дипломатов высланы из Грузии.", "DiplomaticDowngrade"),
        ("ru", "Грузия решила отозвать посла из России.", "DiplomaticDowngrade"),
        ("ru", "Евросоюз ввёл ограничительные меры против России.", "Sanction"),
        ("ru", "Суд в Баку приговорил гражданина России к восьми годам.", "Arrest"),
        ("ru", "Россия вывела войска из Грузии.", "Withdrawal"),
        ("ru", "Россия перебросила в Армению дополнительные силы.", "Deployment"),
        ("ru", "Азербайджан и Турция заключили контракт.", "Agreement"),
        ("ru", "Неизвестный застрелил гражданина Азербайджана в Тбилиси.", "Attack"),
        ("ru", "Боевики взяли в заложники граждан Армении.", "Attack"),
        ("ru", "Боевики захватили заложников из Азербайджана.", "Attack"),
        ("ru", "Российская авиация бомбила окрестности Гори в Грузии.", "Shelling"),
        (
            "ru",
            "Армения обвиняет Азербайджан в том, что он нарушил режим прекращения огня.",
            "BorderIncident",
        ),
        ("ru", "Азербайджан сообщил о нарушении перемирия Арменией.", "BorderIncident"),
        ("ru", "Армения нарушила перемирие с Азербайджаном.", "BorderIncident"),
        ("ru", "Гражданин России приговорён судом Азербайджана к восьми годам.", "Arrest"),
        ("ru", "Азербайджан отвёл войска от границы с Арменией.", "Withdrawal"),
        ("ru", "Переброска войск России в Армению завершилась.", "Deployment"),
        ("ru", "Путину позвонил Пашинян: телефонный звонок длился час.", "PhoneCall"),
        ("ru", "Ильхам Алиев переизбран президентом Азербайджана.", "Election"),
        ("ru", "Террористическая атака на посольство Азербайджана в Тегеране.", "TerroristAttack"),
        ("ru", "Террористическое нападение на посольство Азербайджана.", "TerroristAttack"),
        ("ru", "В Ереване прошла антиправительственная демонстрация против Пашиняна.", "Protest"),
        ("ru", "В Тбилиси прошли массовые демонстрации против России.", "Protest"),
        ("ru", "Азербайджан отправил в Турцию гуманитарный груз.", "Aid"),
        ("ru", "Евросоюз заморозил зарубежные активы России.", "Sanction"),
        ("ru", "Евросоюз объявил о заморозке активов России.", "Sanction"),
        ("ru", "Армения и Турция обменялись послами.", "DiplomaticRelations"),
        ("ru", "Армения и Азербайджан договорились соблюдать режим тишины.", "Ceasefire"),
        ("az", "Ermənistan Azərbaycana qarşı hava zərbəsi endirib.", "Attack"),
        ("az", "Silahlılar Azərbaycanın iki vətəndaşını girov götürüb.", "Attack"),
        ("az", "Rusiya Ukraynanın şəhərlərini bombardman edib.", "Shelling"),
        ("az", "Rusiya Ukraynaya dron hücumu təşkil edib.", "DroneStrike"),
        ("az", "Bakı məhkəməsi Rusiya vətəndaşını səkkiz il azadlıqdan məhrum edib.", "Arrest"),
        ("az", "Məhkəmə Rusiya vətəndaşını səkkiz il müddətinə məhkum edib.", "Arrest"),
        ("az", "Rusiya Ermənistana əlavə qüvvələr yerləşdirib.", "Deployment"),
        ("az", "Azərbaycan ilə İran arasında qaz kontraktı bağlanıb.", "Agreement"),
        ("az", "Avropa İttifaqı Rusiyaya qarşı məhdudlaşdırıcı tədbirlər tətbiq edib.", "Sanction"),
        ("az", "Rusiya Ukraynaya aviazərbə endirib.", "Attack"),
        ("az", "Silahlılar Azərbaycanın iki vətəndaşını qətlə yetirib.", "Attack"),
        ("az", "Rusiya Ukraynanın şəhərlərini bombalayıb.", "Shelling"),
        ("az", "Rusiya Ukraynaya PUA hücumu təşkil edib.", "DroneStrike"),
        ("az", "Rusiya Ermənistana əlavə qüvvələr yerləşdirəcək.", "Deployment"),
        ("az", "Rusiyanın Ermənistana əlavə qüvvələr yerləşdirməsi başa çatıb.", "Deployment"),
        ("az", "Əliyev və Putin arasında telefon zəngi olub.", "PhoneCall"),
        ("az", "Ermənistan və Azərbaycan atəşi dayandırıb.", "Ceasefire"),
        ("az", "Azərbaycan Türkiyəyə humanitar yük göndərib.", "Aid"),
        ("az", "Avropa İttifaqı Rusiyanın aktivlərini dondurub.", "Sanction"),
    ],
)
def test_a_common_wording_is_its_class(
    dictionary: Dictionary, language: str, text: str, kind: str
) -> None:
    source = Source("doc", text, "t", language, "sha256:0", published=PUBLISHED)
    assert kind in [e.type for e in extract(source, dictionary).events]
