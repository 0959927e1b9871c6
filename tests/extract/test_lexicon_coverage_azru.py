"""Round 14: common Azerbaijani and Russian news wording for each event class is a trigger of
that class (one sentence per lexicon entry added)."""

import datetime as dt

import pytest

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Source

PUBLISHED = dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("ru", "Путин и Алиев провели телефонные переговоры.", "PhoneCall"),
        ("ru", "Путин и Алиев созвонились во вторник.", "PhoneCall"),
        ("ru", "Путин и Алиев поговорили по видеосвязи.", "PhoneCall"),
        ("ru", "Посещение Ильхамом Алиевым Москвы прошло в феврале.", "StateVisit"),
        ("ru", "Встреча на высшем уровне Армении и Азербайджана.", "Summit"),
        ("ru", "Армения и Азербайджан парафировали текст.", "Agreement"),
        ("ru", "Армения и Россия ратифицировали документ.", "Agreement"),
        ("ru", "Меморандум Армении и Ирана вступил в силу.", "Agreement"),
        ("ru", "Армения и Иран договорились о создании рабочей группы.", "EstablishmentOfBody"),
        ("ru", "Договор о создании ЕАЭС Россия и Казахстан подписали.", "EstablishmentOfBody"),
        ("ru", "Азербайджан высылает четырех иранских дипломатов.", "DiplomaticDowngrade"),
        ("ru", "Выдворение российских дипломатов из Грузии.", "DiplomaticDowngrade"),
        ("ru", "Россия объявила об отзыве посла из Грузии.", "DiplomaticDowngrade"),
        ("ru", "Россия и Турция построили газопровод.", "EconomicCooperation"),
        ("ru", "Товарооборот России и Азербайджана вырос.", "EconomicCooperation"),
        ("ru", "Россия и Иран развивают энергетическое сотрудничество.", "EconomicCooperation"),
        ("ru", "Азербайджан и Иран ввели мост в эксплуатацию.", "EconomicCooperation"),
        ("ru", "МИД Азербайджана вручил Ирану ноту протеста.", "Accusation"),
        ("ru", "Россия выразила протест Грузии.", "Accusation"),
        ("ru", "Армения раскритиковала Россию.", "Accusation"),
        ("ru", "Азербайджан обвинял Армению в провокации.", "Accusation"),
        ("ru", "В Грузии прошло шествие оппозиции против России.", "Protest"),
        ("ru", "Забастовка в Армении против России.", "Protest"),
        ("ru", "Россия предъявила Грузии ультиматум.", "Threat"),
        ("ru", "Грузия объявила бойкот России.", "Sanction"),
        ("ru", "Армения обвинила Азербайджан в артобстреле.", "Shelling"),
        ("ru", "Россия нанесла ракетный удар по Грузии.", "Shelling"),
        ("ru", "Азербайджан начал контрнаступление против Армении.", "MilitaryOffensive"),
        ("ru", "Турция и Азербайджан провели совместные военные учения.", "JointMilitaryExercise"),
        ("ru", "Россия и Иран провели совместные военно-морские учения.", "JointMilitaryExercise"),
        ("ru", "Азербайджан начал антитеррористические мероприятия.", "MilitaryOffensive"),
        ("az", "Əliyev və Putin videokonfrans keçiriblər.", "PhoneCall"),
        ("az", "Ermənistan və Azərbaycan sənədin mətnini paraflayıb.", "Agreement"),
        ("az", "Ermənistan və Rusiya sənədin ratifikasiyasını başa çatdırıb.", "Agreement"),
        ("az", "Gürcüstan Rusiya ilə diplomatik münasibətləri kəsib.", "DiplomaticDowngrade"),
        ("az", "Ermənistan KTMT-də üzvlüyünü dondurub.", "DiplomaticDowngrade"),
        ("az", "Azərbaycan İrana etiraz notası verib.", "Accusation"),
        ("az", "Azərbaycan Ermənistanın bəyanatına etiraz edib.", "Accusation"),
        ("az", "Azərbaycan İrana nota verib.", "Accusation"),
        ("az", "Azərbaycan Fransanı tənqid edib.", "Accusation"),
        ("az", "Gürcüstanda Rusiyaya qarşı etiraz aksiyası keçirilib.", "Protest"),
        ("az", "Etirazçılar Gürcüstan parlamentinin qarşısına toplaşıb.", "Protest"),
        ("az", "Azərbaycan Fransa mallarına boykot elan edib.", "Sanction"),
        ("az", "Ermənistan Azərbaycan mövqelərini minaatanlardan vurub.", "Shelling"),
        ("az", "Rusiya Ukraynaya raket zərbəsi endirib.", "Shelling"),
        ("az", "Azərbaycan Ordusu Ermənistana qarşı hücuma keçib.", "MilitaryOffensive"),
        ("az", "Ermənistan Azərbaycanın ərazi bütövlüyünü tanıyır.", "Recognition"),
    ],
)
def test_a_common_wording_is_its_class(
    dictionary: Dictionary, language: str, text: str, kind: str
) -> None:
    source = Source("doc", text, "t", language, "sha256:0", published=PUBLISHED)
    assert kind in [e.type for e in extract(source, dictionary).events]
