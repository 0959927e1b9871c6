"""Round 17: common Azerbaijani and Russian news wording that no trigger covered (one sentence
per lexicon entry added) is a trigger of its class."""

import datetime as dt

import pytest

from kg.dictionary import Dictionary
from tests.extract.sample import events

PUBLISHED = dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("ru", "Армия Азербайджана нанесла удар по позициям Армении.", "Attack"),
        ("ru", "Россия нанесла в ночь на среду массированный удар по Грузии.", "Attack"),
        ("ru", "Боевики расстреляли колонну Армении у границы.", "Attack"),
        ("ru", "Вторжение России в Грузию началось ночью.", "MilitaryOffensive"),
        ("ru", "Армия Азербайджана вторглась на территорию Армении.", "MilitaryOffensive"),
        (
            "ru",
            "Армия Азербайджана взяла под свой контроль высоты у границы с Арменией.",
            "MilitaryOffensive",
        ),
        ("ru", "Ввод войск России в Грузию осудили в Евросоюзе.", "MilitaryOffensive"),
        (
            "ru",
            "Армения сообщила об инциденте на армяно-азербайджанской границе.",
            "BorderIncident",
        ),
        (
            "ru",
            "Азербайджан обвинил Армению в провокации на государственной границе.",
            "BorderIncident",
        ),
        ("ru", "Министр иностранных дел Ирана побывал в Баку.", "StateVisit"),
        ("ru", "Россия и Азербайджан подписали пакет документов.", "Agreement"),
        ("ru", "Армения и Грузия подписали конвенцию о правовой помощи.", "Agreement"),
        ("ru", "Иран и Армения подписали дорожную карту сотрудничества.", "Agreement"),
        ("ru", "Турция и Азербайджан заключили крупную сделку.", "Agreement"),
        ("ru", "Армения и Азербайджан прекратили огонь в полночь.", "Ceasefire"),
        ("ru", "Россия и Украина договорились о гуманитарной паузе.", "Ceasefire"),
        (
            "ru",
            "Армения и Азербайджан объявили о создании совместной пограничной комиссии.",
            "EstablishmentOfBody",
        ),
        ("ru", "Иран и Азербайджан создали межправительственную комиссию.", "EstablishmentOfBody"),
        (
            "ru",
            "Грузия и Армения объявили о создании совместного комитета по границе.",
            "EstablishmentOfBody",
        ),
        ("ru", "Россия и Турция создали совместный комитет.", "EstablishmentOfBody"),
        ("ru", "Иран открыл в Грузии генеральное консульство.", "DiplomaticRelations"),
        ("ru", "Открытие консульства Турции в Армении назначено на весну.", "DiplomaticRelations"),
        (
            "ru",
            "Грузия и Россия восстановили дипломатические связи и отношения.",
            "DiplomaticRelations",
        ),
        (
            "ru",
            "Стороны объявили о восстановлении отношений между Ираном и Азербайджаном.",
            "DiplomaticRelations",
        ),
        ("ru", "Армения отозвала из России своего посла.", "DiplomaticDowngrade"),
        ("ru", "Грузия отозвала из Москвы послов и консулов.", "DiplomaticDowngrade"),
        ("ru", "Азербайджан объявил об отзыве из Ирана своего посла.", "DiplomaticDowngrade"),
        ("ru", "Россия закрыла в Грузии генеральное консульство.", "DiplomaticDowngrade"),
        ("ru", "Власти Армении объявили о закрытии консульства Ирана.", "DiplomaticDowngrade"),
        ("ru", "Армения и Франция расширяют оборонное сотрудничество.", "MilitaryCooperation"),
        ("ru", "Израиль одобрил продажу оружия Азербайджану.", "MilitaryCooperation"),
        ("ru", "Армения начала продажу вооружений Франции.", "MilitaryCooperation"),
        ("ru", "Армения увеличила закупки оружия у Индии.", "MilitaryCooperation"),
        ("ru", "Азербайджан объявил о закупке вооружений у Турции.", "MilitaryCooperation"),
        ("ru", "У границы с Арменией развернуты войска Азербайджана.", "Deployment"),
        ("ru", "Развертывание войск России в Армении продолжилось.", "Deployment"),
        ("ru", "Президент Ирана направил Ильхаму Алиеву послание.", "Statement"),
        ("ru", "Никол Пашинян выступил с обращением к нации.", "Statement"),
        ("ru", "Министр иностранных дел России упрекнул Армению в нелояльности.", "Accusation"),
        ("ru", "Армения отвела от границы свои войска.", "Withdrawal"),
        ("ru", "Россия вывела из Армении часть подразделений.", "Withdrawal"),
        ("ru", "Азербайджан отвёл с линии соприкосновения подразделения армии.", "Withdrawal"),
        ("ru", "Ильхам Алиев принял в Баку министра иностранных дел Грузии.", "Meeting"),
        ("ru", "Путин принял министра обороны Армении.", "Meeting"),
        ("ru", "Пашинян принял посла Ирана.", "Meeting"),
        ("ru", "Эрдоган принял в Анкаре посла Азербайджана.", "Meeting"),
        ("ru", "Алиев принял делегацию Ирана.", "Meeting"),
        ("ru", "Президент Грузии принял в Тбилиси делегацию Армении.", "Meeting"),
        ("ru", "Путин принял президента Азербайджана.", "Meeting"),
        ("ru", "Алиев принял в Баку президента Ирана.", "Meeting"),
        ("ru", "Путин принял премьер-министра Армении.", "Meeting"),
        ("ru", "Эрдоган принял в Стамбуле премьер-министра Грузии.", "Meeting"),
        ("az", "İlham Əliyev Gürcüstanın xarici işlər nazirini qəbul edib.", "Meeting"),
        ("az", "Paşinyan İranın səfirini qəbul edib.", "Meeting"),
        ("az", "Ərdoğan Azərbaycan nümayəndə heyətini qəbul edib.", "Meeting"),
        ("az", "İlham Əliyev İran prezidentini qəbul edib.", "Meeting"),
        ("az", "İlham Əliyev Avropa Şurasının sədrini qəbul edib.", "Meeting"),
        ("az", "Ərdoğan Azərbaycanın nümayəndələrini qəbul edib.", "Meeting"),
        ("az", "İlham Əliyev Gürcüstan hökumətinin başçısını qəbul edib.", "Meeting"),
        ("az", "İlham Əliyev NATO-nun baş katibini qəbul edib.", "Meeting"),
        ("ru", "Военные Азербайджана открыли огонь по селу в Армении.", "Attack"),
        ("ru", "Армия Армении, открыв огонь, ранила гражданина Азербайджана.", "Attack"),
        ("ru", "Со стороны Армении был открыт огонь по позициям Азербайджана.", "Attack"),
        ("ru", "Армения сообщила об открытии огня армией Азербайджана.", "Attack"),
        ("ru", "Россия поставила Армении вооружения на крупную сумму.", "MilitaryCooperation"),
        ("ru", "Израиль поставил Азербайджану современное оружие.", "MilitaryCooperation"),
        ("ru", "Индия поставляет Армении артиллерийские вооружения.", "MilitaryCooperation"),
        ("ru", "Турция поставляет Азербайджану оружие.", "MilitaryCooperation"),
        ("ru", "Иран закрыл воздушное пространство для самолётов Азербайджана.", "Sanction"),
        ("ru", "Россия объявила о закрытии своего воздушного пространства для Грузии.", "Sanction"),
        ("az", "İran Azərbaycan təyyarələri üçün hava məkanını bağlayıb.", "Sanction"),
        ("az", "Rusiya hava məkanının bağlanmasını Gürcüstana qarşı tətbiq edib.", "Sanction"),
        ("az", "İran Azərbaycan səfirini Xarici İşlər Nazirliyinə çağırıb.", "Accusation"),
        ("az", "Azərbaycan Rusiya səfirini XİN-ə çağırıb.", "Accusation"),
        ("ru", "Встреча в верхах Армении и Азербайджана прошла в Праге.", "Summit"),
        ("ru", "Переговоры на высшем уровне между Россией и Турцией завершились.", "Summit"),
        ("az", "Türkiyə və Azərbaycan liderlərinin zirvə toplantısı Ankarada keçirilib.", "Summit"),
        ("az", "Azərbaycan və İran arasında ali səviyyəli görüş keçirilib.", "Summit"),
        ("az", "Azərbaycan Ordusu Ermənistan mövqelərinə zərbələr endirib.", "Attack"),
        ("az", "Gürcüstan vətəndaşı Ermənistanda öldürülüb.", "Attack"),
        ("az", "Silahlılar Azərbaycan vətəndaşlarını güllələyib.", "Attack"),
        ("az", "Azərbaycan Qarabağda antiterror əməliyyatına başlayıb.", "MilitaryOffensive"),
        ("az", "Rusiya Gürcüstana qoşun yeridib.", "MilitaryOffensive"),
        (
            "az",
            "Ermənistan sərhəddə növbəti təxribat törədib, Azərbaycan bildirib.",
            "BorderIncident",
        ),
        (
            "az",
            "Ermənistan təmas xəttində təxribata əl atıb, Azərbaycan bildirib.",
            "BorderIncident",
        ),
        ("az", "Azərbaycan və Ermənistan sərhəd məsələsində razılıq əldə edib.", "Agreement"),
        ("az", "Azərbaycan və Ermənistan əsirlərin mübadiləsi barədə razılığa gəlib.", "Agreement"),
        ("az", "Azərbaycan və Gürcüstan arasında anlaşma əldə olunub.", "Agreement"),
        ("az", "İran Ermənistanda yeni səfirlik açıb.", "DiplomaticRelations"),
        ("az", "Ukrayna Rusiya diplomatını persona non qrata elan edib.", "DiplomaticDowngrade"),
        ("az", "Gürcüstan Rusiya ilə əlaqələri kəsib.", "DiplomaticDowngrade"),
        (
            "az",
            "Azərbaycan və Türkiyə hərbi-texniki əməkdaşlığı genişləndirir.",
            "MilitaryCooperation",
        ),
        ("az", "İsrail Azərbaycana silah tədarükünü artırıb.", "MilitaryCooperation"),
        ("az", "Türkiyənin Azərbaycana silah ixracı artıb.", "MilitaryCooperation"),
        ("az", "Azərbaycan Ermənistanın addımını qınayıb.", "Accusation"),
        ("az", "Azərbaycan Fransanın bəyanatına narazılığını bildirib.", "Accusation"),
        ("az", "Rusiya Gürcüstana ultimatum verib.", "Threat"),
        (
            "az",
            "Bir neçə dövlət Kosovonu tanıyıblar, Serbiya isə Gürcüstanı tanıyıblar.",
            "Recognition",
        ),
        ("az", "Rusiya Gürcüstandan qoşunlarını çıxarıb.", "Withdrawal"),
        ("az", "Türkiyə Azərbaycana qoşun göndərib.", "Deployment"),
        ("az", "Prezident İlham Əliyev Azərbaycan xalqına müraciət edib.", "Statement"),
    ],
)
def test_common_wording_is_a_trigger(
    language: str, text: str, kind: str, dictionary: Dictionary
) -> None:
    assert kind in [e.type for e in events(text, dictionary, language, PUBLISHED)]


def test_an_address_to_the_nation_as_a_claims_setting_is_no_event(dictionary: Dictionary) -> None:
    text = (
        "Prezident İlham Əliyev dünən xalqa müraciətində Azərbaycanın suverenliyini bərpa "
        "etdiyini bəyan edib."
    )
    assert "Statement" not in [e.type for e in events(text, dictionary, "az", PUBLISHED)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Президент Армении принял решение уволить министра обороны."),
        ("az", "Azərbaycan Milli Məclisi yeni qanun qəbul edib."),
    ],
)
def test_receiving_a_decision_or_a_law_is_no_meeting(
    language: str, text: str, dictionary: Dictionary
) -> None:
    assert "Meeting" not in [e.type for e in events(text, dictionary, language, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        ("Москва пригрозила Тбилиси ответными мерами.", "Threat", "russia"),
        ("Анкара поддержала Баку и осудила Ереван.", "Accusation", "turkey"),
        ("Тегеран выразил протест Баку.", "Accusation", "iran"),
        ("Вашингтон призвал Ереван и Баку к переговорам.", "Statement", "united-states"),
    ],
)
def test_a_capital_that_threatens_supports_or_protests_stands_for_its_state(
    text: str, kind: str, state: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, "ru", PUBLISHED)
    assert any(e.type == kind and state in e.involved() for e in found)


def test_an_ambassador_called_back_home_is_a_recall_not_a_summons(dictionary: Dictionary) -> None:
    kinds = [e.type for e in events("Gürcüstan səfirini Moskvadan geri çağırıb.", dictionary, "az")]
    assert kinds == ["DiplomaticDowngrade"]
