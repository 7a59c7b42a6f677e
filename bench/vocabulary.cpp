#include "vocabulary.h"

namespace ShortlistBench {

namespace {

Vocabulary english()
{
    return {
        .summaryHeadings = {u"Summary", u"About", u"Profile"},
        .experienceHeadings = {u"Experience", u"Work Experience", u"Professional Experience"},
        .educationHeadings = {u"Education"},
        .skillsHeadings = {u"Skills", u"Technical Skills"},
        .languagesHeadings = {u"Languages"},
        .months = {u"January", u"February", u"March", u"April", u"May", u"June", u"July", u"August",
            u"September", u"October", u"November", u"December"},
        .shortMonths
        = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun", u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"},
        .presentWords = {u"Present", u"present", u"now", u"today"},
        .rangeSeparators = {u" - ", u" – ", u" — ", u" to "},
        .numericSeparator = u"/",
        .at = u"at",
        .remote = u"remote",
        .tableColumns = {u"Period", u"Company", u"Role", u"Highlights"},
        .firstNames = {u"Emily", u"James", u"Olivia", u"Daniel", u"Grace", u"Samuel", u"Priya", u"Lucas"},
        .lastNames = {u"Carter", u"Nguyen", u"O'Brien", u"Patel", u"Johnson", u"Walker", u"Kim", u"Hughes"},
        .cities = {u"London, UK", u"Austin, TX", u"Toronto, Canada", u"Dublin, Ireland"},
        .phonePrefix = u"+44 20 7946",
        .companies = {u"Northwind Traders", u"Globex Corporation", u"Initech", u"Hooli", u"Acme Payments",
            u"Umbrella Logistics", u"Blue Harbor Labs", u"Stark Analytics"},
        .titles
        = {u"Senior Software Engineer", u"Backend Developer", u"Staff Engineer", u"Engineering Manager",
            u"Full-Stack Developer", u"Site Reliability Engineer", u"Data Engineer", u"Team Lead"},
        .summaries = {u"Backend engineer with %1 years of experience building payment and logistics systems "
                      u"in small, product-minded teams.",
            u"I like boring technology, good tests and short feedback loops, and I enjoy helping "
            u"colleagues grow.",
            u"Looking for a team that owns its services end to end and ships often."},
        .employers = {u"Fintech scale-up with %1 engineers; I worked on the payments and invoicing platform.",
            u"Logistics software for %1 warehouses across Europe.",
            u"Consultancy; projects for clients in retail, insurance and the public sector."},
        .bullets = {u"Designed and shipped a billing service that now handles %1k invoices a month",
            u"Led the migration of the monolith to %1 independently deployed services",
            u"Cut p95 latency of the public API by %1% by reworking caching and database indexes",
            u"Mentored %1 junior engineers and ran the weekly architecture review",
            u"Introduced contract tests and trunk-based development, reducing failed releases by %1%",
            u"Built the data pipeline that feeds %1 internal dashboards and the pricing model",
            u"Owned on-call for the payments platform and brought incidents down by %1% in a year",
            u"Worked with product and design on %1 customer-facing features, from discovery to rollout"},
        .degrees = {u"B.Sc. Computer Science", u"M.Sc. Software Engineering", u"BEng Electronic Engineering",
            u"MSc Data Science"},
        .schools = {u"University of Manchester", u"University of Texas at Austin", u"University of Toronto",
            u"Trinity College Dublin"},
        .skillGroups = {u"Languages", u"Frameworks", u"Databases", u"Cloud & DevOps", u"Tools"},
        .spokenLanguages = {u"English", u"German", u"French", u"Spanish", u"Russian", u"Dutch"},
        .fluencies = {u"native", u"fluent", u"professional working proficiency", u"C1", u"B2", u"basic"},
    };
}

Vocabulary german()
{
    return {
        .summaryHeadings = {u"Profil", u"Kurzprofil", u"Über mich"},
        .experienceHeadings = {u"Berufserfahrung", u"Beruflicher Werdegang"},
        .educationHeadings = {u"Ausbildung", u"Studium"},
        .skillsHeadings = {u"Kenntnisse", u"IT-Kenntnisse"},
        .languagesHeadings = {u"Sprachen", u"Sprachkenntnisse"},
        .months = {u"Januar", u"Februar", u"März", u"April", u"Mai", u"Juni", u"Juli", u"August",
            u"September", u"Oktober", u"November", u"Dezember"},
        .shortMonths = {u"Jan.", u"Feb.", u"März", u"Apr.", u"Mai", u"Juni", u"Juli", u"Aug.", u"Sept.",
            u"Okt.", u"Nov.", u"Dez."},
        .presentWords = {u"heute", u"aktuell", u"jetzt"},
        .rangeSeparators = {u" – ", u" - ", u" bis "},
        .numericSeparator = u".",
        .at = u"bei",
        .remote = u"remote",
        .tableColumns = {u"Zeitraum", u"Unternehmen", u"Position", u"Aufgaben"},
        .firstNames
        = {u"Anna", u"Jürgen", u"Lena", u"Maximilian", u"Sophie", u"Jörg", u"Katharina", u"Felix"},
        .lastNames
        = {u"Schmidt", u"Müller", u"Weiß", u"Becker", u"Schröder", u"Hoffmann", u"Krüger", u"Wagner"},
        .cities = {u"Berlin", u"München", u"Köln", u"Hamburg"},
        .phonePrefix = u"+49 30 5550",
        .companies = {u"Nordlicht Software GmbH", u"Müller & Söhne Logistik GmbH", u"Bergblick Systems AG",
            u"Zahlwerk GmbH", u"Stadtwerke Neustadt", u"Fahrwerk Mobility GmbH", u"DataHafen GmbH",
            u"Rheinblick Versicherung AG"},
        .titles = {u"Senior Softwareentwickler", u"Backend-Entwicklerin", u"Teamleiter Backend",
            u"Softwarearchitekt", u"Full-Stack-Entwickler", u"DevOps Engineer",
            u"Werkstudent Softwareentwicklung", u"Data Engineer"},
        .summaries = {u"Softwareentwicklerin mit %1 Jahren Erfahrung in Zahlungs- und Logistiksystemen, "
                      u"am liebsten in kleinen, produktnahen Teams.",
            u"Ich schätze solide Technik, gute Tests und kurze Feedbackschleifen und unterstütze "
            u"gern Kolleginnen und Kollegen.",
            u"Auf der Suche nach einem Team, das seine Services selbst betreibt und oft ausliefert."},
        .employers = {u"FinTech-Scale-up mit %1 Entwicklerinnen und Entwicklern; Schwerpunkt Zahlungs- und "
                      u"Rechnungsplattform.",
            u"Logistiksoftware für %1 Lager in ganz Europa.",
            u"Beratungshaus; Projekte für Kunden aus Handel, Versicherungen und öffentlichem Sektor."},
        .bullets = {u"Konzeption und Umsetzung eines Abrechnungsdienstes für %1.000 Rechnungen im Monat",
            u"Leitung der Migration des Monolithen auf %1 unabhängig deploybare Services",
            u"Senkung der Antwortzeiten der öffentlichen API um %1 % durch Caching und neue Indizes",
            u"Betreuung von %1 Junior-Entwicklerinnen und -Entwicklern, Moderation des Architektur-Reviews",
            u"Einführung von Contract-Tests und Trunk-based Development; %1 % weniger fehlgeschlagene "
            u"Releases",
            u"Aufbau der Datenpipeline für %1 interne Dashboards und das Preismodell",
            u"Verantwortung für die Rufbereitschaft der Zahlungsplattform, Störungen um %1 % reduziert",
            u"Zusammenarbeit mit Produkt und Design an %1 Kundenfunktionen, von der Idee bis zum Rollout"},
        .degrees = {u"B.Sc. Informatik", u"M.Sc. Wirtschaftsinformatik", u"Diplom-Informatiker (FH)",
            u"Ausbildung zum Fachinformatiker für Anwendungsentwicklung"},
        .schools = {u"Technische Universität München", u"Humboldt-Universität zu Berlin",
            u"Universität zu Köln", u"Hochschule für Angewandte Wissenschaften Hamburg"},
        .skillGroups
        = {u"Programmiersprachen", u"Frameworks", u"Datenbanken", u"Cloud & DevOps", u"Werkzeuge"},
        .spokenLanguages
        = {u"Deutsch", u"Englisch", u"Französisch", u"Spanisch", u"Russisch", u"Niederländisch"},
        .fluencies = {u"Muttersprache", u"verhandlungssicher", u"fließend", u"gute Kenntnisse", u"C1",
            u"Grundkenntnisse"},
    };
}

Vocabulary french()
{
    return {
        .summaryHeadings = {u"Profil", u"À propos", u"Profil professionnel"},
        .experienceHeadings = {u"Expérience professionnelle", u"Expériences professionnelles", u"Parcours"},
        .educationHeadings = {u"Formation", u"Diplômes"},
        .skillsHeadings = {u"Compétences", u"Compétences techniques"},
        .languagesHeadings = {u"Langues"},
        .months = {u"janvier", u"février", u"mars", u"avril", u"mai", u"juin", u"juillet", u"août",
            u"septembre", u"octobre", u"novembre", u"décembre"},
        .shortMonths = {u"janv.", u"févr.", u"mars", u"avr.", u"mai", u"juin", u"juil.", u"août", u"sept.",
            u"oct.", u"nov.", u"déc."},
        .presentWords = {u"aujourd'hui", u"présent", u"ce jour"},
        .rangeSeparators = {u" à ", u" – ", u" - "},
        .numericSeparator = u"/",
        .at = u"chez",
        .remote = u"télétravail",
        .tableColumns = {u"Période", u"Entreprise", u"Poste", u"Réalisations"},
        .firstNames = {u"Camille", u"Léa", u"Julien", u"Hélène", u"Théo", u"Chloé", u"François", u"Inès"},
        .lastNames
        = {u"Dubois", u"Lefèvre", u"Moreau", u"Girard", u"Bonnet", u"Rousseau", u"Fontaine", u"Mercier"},
        .cities = {u"Paris", u"Lyon", u"Nantes", u"Toulouse"},
        .phonePrefix = u"+33 1 70 36",
        .companies
        = {u"Logiciels Lumière SAS", u"Banque du Midi", u"Atelier Numérique", u"Transports Durand SA",
            u"Calypso Santé", u"Nuage Libre SAS", u"Groupe Rivoli", u"Boussole Technologies"},
        .titles = {u"Développeur back-end", u"Ingénieur logiciel senior", u"Développeuse full-stack",
            u"Lead développeur", u"Architecte logiciel", u"Ingénieur DevOps", u"Chef de projet technique",
            u"Data engineer"},
        .summaries = {u"Ingénieure logiciel avec %1 ans d'expérience sur des systèmes de paiement et de "
                      u"logistique, au sein de petites équipes orientées produit.",
            u"J'aime les technologies éprouvées, les bons tests et les boucles de retour courtes.",
            u"Je cherche une équipe qui maîtrise ses services de bout en bout et livre souvent."},
        .employers = {u"Scale-up fintech de %1 ingénieurs ; plateforme de paiement et de facturation.",
            u"Logiciel logistique pour %1 entrepôts en Europe.",
            u"Société de conseil ; missions dans la distribution, l'assurance et le secteur public."},
        .bullets
        = {u"Conception et mise en production d'un service de facturation traitant %1 000 factures par mois",
            u"Pilotage de la migration du monolithe vers %1 services déployables indépendamment",
            u"Réduction de %1 % de la latence de l'API publique grâce au cache et à de nouveaux index",
            u"Encadrement de %1 développeurs juniors et animation de la revue d'architecture hebdomadaire",
            u"Mise en place des tests de contrat : %1 % de mises en production ratées en moins",
            u"Développement du pipeline de données alimentant %1 tableaux de bord internes",
            u"Responsable de l'astreinte de la plateforme de paiement ; incidents réduits de %1 %",
            u"Travail avec le produit et le design sur %1 fonctionnalités clients, de la découverte au "
            u"déploiement"},
        .degrees = {u"Master Informatique", u"Diplôme d'ingénieur",
            u"Licence professionnelle Développement web", u"DUT Informatique"},
        .schools
        = {u"Université Paris-Saclay", u"INSA Lyon", u"École Centrale de Nantes", u"Université de Toulouse"},
        .skillGroups = {u"Langages", u"Frameworks", u"Bases de données", u"Cloud et DevOps", u"Outils"},
        .spokenLanguages = {u"Français", u"Anglais", u"Allemand", u"Espagnol", u"Russe", u"Néerlandais"},
        .fluencies = {u"langue maternelle", u"courant", u"bilingue", u"professionnel", u"B2", u"notions"},
    };
}

Vocabulary spanish()
{
    return {
        .summaryHeadings = {u"Perfil", u"Perfil profesional", u"Sobre mí"},
        .experienceHeadings = {u"Experiencia profesional", u"Experiencia laboral"},
        .educationHeadings = {u"Formación académica", u"Educación"},
        .skillsHeadings = {u"Habilidades", u"Habilidades técnicas"},
        .languagesHeadings = {u"Idiomas"},
        .months = {u"enero", u"febrero", u"marzo", u"abril", u"mayo", u"junio", u"julio", u"agosto",
            u"septiembre", u"octubre", u"noviembre", u"diciembre"},
        .shortMonths = {u"ene.", u"feb.", u"mar.", u"abr.", u"may.", u"jun.", u"jul.", u"ago.", u"sept.",
            u"oct.", u"nov.", u"dic."},
        .presentWords = {u"actualidad", u"presente", u"la actualidad"},
        .rangeSeparators = {u" – ", u" - ", u" a "},
        .numericSeparator = u"/",
        .at = u"en",
        .remote = u"remoto",
        .tableColumns = {u"Periodo", u"Empresa", u"Puesto", u"Logros"},
        .firstNames
        = {u"Lucía", u"Javier", u"María José", u"Álvaro", u"Carmen", u"Sergio", u"Begoña", u"Iñaki"},
        .lastNames
        = {u"García", u"Fernández", u"López", u"Martínez", u"Sánchez", u"Núñez", u"Ruiz", u"Ibáñez"},
        .cities = {u"Madrid", u"Barcelona", u"Valencia", u"Sevilla"},
        .phonePrefix = u"+34 91 555",
        .companies = {u"Soluciones Brújula S.L.", u"Banco del Sol", u"Tecnologías Faro S.A.", u"Viajes Alba",
            u"Datos Ibéricos S.L.", u"Farmacia Central Digital", u"Grupo Mirador", u"Nube Andaluza S.L."},
        .titles = {u"Desarrollador backend", u"Ingeniera de software sénior", u"Desarrollador full-stack",
            u"Líder técnico", u"Arquitecto de software", u"Ingeniero DevOps", u"Jefe de equipo",
            u"Ingeniera de datos"},
        .summaries = {u"Ingeniero de software con %1 años de experiencia en sistemas de pagos y logística "
                      u"en equipos pequeños y orientados a producto.",
            u"Me gustan la tecnología probada, las buenas pruebas y los ciclos de respuesta cortos.",
            u"Busco un equipo responsable de sus servicios de principio a fin que publique a menudo."},
        .employers = {u"Scale-up fintech con %1 ingenieros; plataforma de pagos y facturación.",
            u"Software logístico para %1 almacenes en toda Europa.",
            u"Consultora; proyectos para clientes de retail, seguros y sector público."},
        .bullets
        = {u"Diseño y puesta en producción de un servicio de facturación que procesa %1.000 facturas al mes",
            u"Dirección de la migración del monolito a %1 servicios desplegables de forma independiente",
            u"Reducción del %1 % en la latencia de la API pública mediante caché e índices nuevos",
            u"Mentoría de %1 desarrolladores junior y coordinación de la revisión semanal de arquitectura",
            u"Introducción de pruebas de contrato, con un %1 % menos de despliegues fallidos",
            u"Construcción del pipeline de datos que alimenta %1 paneles internos y el modelo de precios",
            u"Responsable de guardias de la plataforma de pagos; incidencias reducidas en un %1 %",
            u"Colaboración con producto y diseño en %1 funcionalidades para clientes, desde la idea hasta "
            u"el lanzamiento"},
        .degrees = {u"Grado en Ingeniería Informática", u"Máster en Ingeniería del Software",
            u"Ciclo Formativo de Grado Superior en DAM", u"Grado en Matemáticas"},
        .schools = {u"Universidad Politécnica de Madrid", u"Universitat Politècnica de Catalunya",
            u"Universitat de València", u"Universidad de Sevilla"},
        .skillGroups = {u"Lenguajes", u"Frameworks", u"Bases de datos", u"Cloud y DevOps", u"Herramientas"},
        .spokenLanguages = {u"Español", u"Inglés", u"Alemán", u"Francés", u"Ruso", u"Neerlandés"},
        .fluencies = {u"nativo", u"fluido", u"avanzado", u"intermedio", u"C1", u"básico"},
    };
}

Vocabulary russian()
{
    return {
        .summaryHeadings = {u"О себе", u"Профиль"},
        .experienceHeadings = {u"Опыт работы", u"Профессиональный опыт"},
        .educationHeadings = {u"Образование"},
        .skillsHeadings = {u"Навыки", u"Ключевые навыки"},
        .languagesHeadings = {u"Языки", u"Знание языков"},
        .months = {u"январь", u"февраль", u"март", u"апрель", u"май", u"июнь", u"июль", u"август",
            u"сентябрь", u"октябрь", u"ноябрь", u"декабрь"},
        .shortMonths = {u"янв.", u"февр.", u"март", u"апр.", u"май", u"июнь", u"июль", u"авг.", u"сент.",
            u"окт.", u"нояб.", u"дек."},
        .presentWords = {u"настоящее время", u"н.в.", u"сейчас"},
        .rangeSeparators = {u" — ", u" – ", u" - "},
        .numericSeparator = u".",
        .at = u"в",
        .remote = u"удалённо",
        .tableColumns = {u"Период", u"Компания", u"Должность", u"Достижения"},
        .firstNames = {u"Алексей", u"Мария", u"Дмитрий", u"Екатерина", u"Сергей", u"Ольга", u"Илья", u"Анна"},
        .lastNames
        = {u"Иванов", u"Смирнова", u"Кузнецов", u"Попова", u"Соколов", u"Лебедева", u"Новиков", u"Морозова"},
        .cities = {u"Москва", u"Санкт-Петербург", u"Новосибирск", u"Казань"},
        .phonePrefix = u"+7 495 555",
        .companies = {u"ООО «Ромашка»", u"Яндекс", u"Сбер", u"Т-Банк", u"Лаборатория Касперского",
            u"ООО «Северный ветер»", u"Ozon", u"АО «Технопарк»"},
        .titles = {u"Ведущий разработчик", u"Backend-разработчик", u"Руководитель группы разработки",
            u"Старший инженер-программист", u"Архитектор ПО", u"DevOps-инженер", u"Тимлид",
            u"Инженер данных"},
        .summaries = {u"Разработчик с опытом %1 лет в платёжных и логистических системах, люблю небольшие "
                      u"продуктовые команды.",
            u"Ценю проверенные технологии, хорошие тесты и короткие циклы обратной связи.",
            u"Ищу команду, которая сама отвечает за свои сервисы и часто выпускает релизы."},
        .employers = {u"Финтех-компания, %1 инженеров; платёжная платформа и выставление счетов.",
            u"Логистическое ПО для %1 складов по всей стране.",
            u"Консалтинг: проекты для клиентов из ритейла, страхования и госсектора."},
        .bullets = {u"Спроектировал и запустил сервис биллинга, обрабатывающий %1 тыс. счетов в месяц",
            u"Руководил переносом монолита на %1 независимо развёртываемых сервисов",
            u"Снизил задержку публичного API на %1 % за счёт кэширования и новых индексов",
            u"Наставлял %1 младших разработчиков, вёл еженедельное архитектурное ревью",
            u"Внедрил контрактные тесты: неудачных релизов стало меньше на %1 %",
            u"Построил конвейер данных для %1 внутренних дашбордов и модели ценообразования",
            u"Отвечал за дежурства платёжной платформы, сократил число инцидентов на %1 %",
            u"Вместе с продуктом и дизайном выпустил %1 клиентских функций — от исследования до запуска"},
        .degrees = {u"Бакалавр, Прикладная математика и информатика", u"Магистр, Программная инженерия",
            u"Специалист, Информационная безопасность", u"Бакалавр, Информатика и вычислительная техника"},
        .schools = {u"МГУ им. М. В. Ломоносова", u"СПбГУ", u"Новосибирский государственный университет",
            u"Казанский федеральный университет"},
        .skillGroups
        = {u"Языки программирования", u"Фреймворки", u"Базы данных", u"Облака и DevOps", u"Инструменты"},
        .spokenLanguages
        = {u"Русский", u"Английский", u"Немецкий", u"Французский", u"Испанский", u"Нидерландский"},
        .fluencies = {u"родной", u"свободно", u"C1", u"B2", u"технический", u"базовый"},
    };
}

Vocabulary dutch()
{
    return {
        .summaryHeadings = {u"Profiel", u"Over mij", u"Samenvatting"},
        .experienceHeadings = {u"Werkervaring", u"Loopbaan"},
        .educationHeadings = {u"Opleiding", u"Opleidingen"},
        .skillsHeadings = {u"Vaardigheden", u"Kennis"},
        .languagesHeadings = {u"Talen", u"Talenkennis"},
        .months = {u"januari", u"februari", u"maart", u"april", u"mei", u"juni", u"juli", u"augustus",
            u"september", u"oktober", u"november", u"december"},
        .shortMonths = {u"jan.", u"feb.", u"mrt.", u"apr.", u"mei", u"jun.", u"jul.", u"aug.", u"sep.",
            u"okt.", u"nov.", u"dec."},
        .presentWords = {u"heden", u"nu"},
        .rangeSeparators = {u" – ", u" - ", u" tot "},
        .numericSeparator = u"/",
        .at = u"bij",
        .remote = u"op afstand",
        .tableColumns = {u"Periode", u"Bedrijf", u"Functie", u"Resultaten"},
        .firstNames = {u"Sanne", u"Daan", u"Femke", u"Bram", u"Anouk", u"Joris", u"Lotte", u"Sem"},
        .lastNames
        = {u"de Vries", u"Jansen", u"van Dijk", u"Bakker", u"Visser", u"Smit", u"de Boer", u"Mulder"},
        .cities = {u"Amsterdam", u"Utrecht", u"Rotterdam", u"Eindhoven"},
        .phonePrefix = u"+31 20 555",
        .companies
        = {u"Molenaar Software B.V.", u"Dijkstra Logistiek", u"Tulpenbank N.V.", u"Kanaal Data B.V.",
            u"Gemeente Utrecht", u"Polder Labs", u"Zeewind Energie B.V.", u"Fietsfabriek Digital"},
        .titles = {u"Senior software-ontwikkelaar", u"Backend-ontwikkelaar", u"Teamleider development",
            u"Software-architect", u"Full-stack ontwikkelaar", u"DevOps-engineer", u"Lead developer",
            u"Data engineer"},
        .summaries = {u"Software-ontwikkelaar met %1 jaar ervaring met betaal- en logistieke systemen in "
                      u"kleine, productgerichte teams.",
            u"Ik houd van beproefde technologie, goede tests en korte feedbackrondes.",
            u"Op zoek naar een team dat zijn services zelf beheert en vaak oplevert."},
        .employers = {u"Fintech-scale-up met %1 engineers; betaal- en factuurplatform.",
            u"Logistieke software voor %1 magazijnen in heel Europa.",
            u"Adviesbureau; projecten voor klanten in retail, verzekeringen en de publieke sector."},
        .bullets = {u"Ontwerp en oplevering van een factuurservice die %1.000 facturen per maand verwerkt",
            u"Leiding over de migratie van de monoliet naar %1 onafhankelijk uitrolbare services",
            u"Latentie van de publieke API met %1% verlaagd door caching en nieuwe indexen",
            u"Begeleiding van %1 junior ontwikkelaars en voorzitter van de wekelijkse architectuurreview",
            u"Contracttests en trunk-based development ingevoerd: %1% minder mislukte releases",
            u"Datapijplijn gebouwd voor %1 interne dashboards en het prijsmodel",
            u"Verantwoordelijk voor de piketdienst van het betaalplatform; incidenten met %1% verminderd",
            u"Samen met product en design %1 klantfuncties opgeleverd, van discovery tot uitrol"},
        .degrees = {u"BSc Informatica", u"MSc Computer Science", u"HBO-ICT Software Engineering",
            u"MBO Applicatieontwikkelaar"},
        .schools
        = {u"Universiteit van Amsterdam", u"Universiteit Utrecht", u"TU Eindhoven", u"Hogeschool Rotterdam"},
        .skillGroups = {u"Programmeertalen", u"Frameworks", u"Databases", u"Cloud & DevOps", u"Tools"},
        .spokenLanguages = {u"Nederlands", u"Engels", u"Duits", u"Frans", u"Spaans", u"Russisch"},
        .fluencies = {u"moedertaal", u"vloeiend", u"goed", u"B2", u"C1", u"basis"},
    };
}

} // namespace

const Vocabulary &vocabulary(CvLanguage language)
{
    static const std::array<Vocabulary, 6> all
        = {english(), german(), french(), spanish(), russian(), dutch()};
    return all[size_t(language)];
}

const std::array<QList<QStringView>, 5> &technologies()
{
    static const std::array<QList<QStringView>, 5> groups = {
        QList<QStringView> {u"Go", u"Python", u"Java", u"Kotlin", u"TypeScript", u"C++", u"Rust", u"C#",
            u"Ruby", u"PHP", u"Scala", u"SQL"},
        QList<QStringView> {u"Spring Boot", u"Django", u"React", u"Vue.js", u"Qt", u".NET", u"Rails",
            u"FastAPI", u"Angular", u"Node.js"},
        QList<QStringView> {u"PostgreSQL", u"MySQL", u"Redis", u"MongoDB", u"Elasticsearch", u"ClickHouse",
            u"Kafka", u"SQLite"},
        QList<QStringView> {u"AWS", u"GCP", u"Azure", u"Kubernetes", u"Docker", u"Terraform", u"Ansible",
            u"GitLab CI", u"GitHub Actions", u"Prometheus"},
        QList<QStringView> {u"Git", u"Jira", u"Linux", u"Grafana", u"Figma", u"Bash", u"CMake", u"Make"},
    };
    return groups;
}

} // namespace ShortlistBench
