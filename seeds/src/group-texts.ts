import type { Queryable } from './db';

/**
 * The network's working groups in Danish and Swedish (their original texts, in English, come with the
 * database). Written as the groups' coordinators would keep them; a text already there is left as it is.
 */
export const DEMO_GROUP_TEXTS: Readonly<Record<string, Record<'da' | 'sv', { name: string; description: string }>>> = {
  'health-professionals': {
    da: {
      name: 'Sundhedsprofessionelle',
      description:
        'Læger, psykologer, psykiatere, sygeplejersker og terapeuter, der behandler mennesker i risiko for at begå overgreb, mennesker, der har begået overgreb, og dem, der er ramt af overgreb.',
    },
    sv: {
      name: 'Hälso- och sjukvårdspersonal',
      description:
        'Läkare, psykologer, psykiatriker, sjuksköterskor och terapeuter som behandlar personer som riskerar att begå övergrepp, personer som har begått övergrepp och de som drabbats av övergrepp.',
    },
  },
  'social-workers': {
    da: {
      name: 'Socialrådgivere',
      description:
        'Socialrådgivere og socialarbejdere i børnebeskyttelse, familieindsatser og socialt arbejde i lokalsamfundet, som møder risiko og afsløringer i deres daglige praksis.',
    },
    sv: {
      name: 'Socialarbetare',
      description:
        'Socialsekreterare och socialarbetare inom barnskydd, familjestöd och samhällsarbete som möter risk och avslöjanden i sitt dagliga arbete.',
    },
  },
  educators: {
    da: {
      name: 'Undervisere og pædagoger',
      description:
        'Lærere, skoleledere, pædagoger og ungdomsarbejdere, der lærer børn om deres krop, deres grænser og hvor de kan få hjælp.',
    },
    sv: {
      name: 'Lärare och pedagoger',
      description:
        'Lärare, skolledare, förskolepersonal och fritidsledare som lär barn om deras kropp, deras gränser och var de kan få hjälp.',
    },
  },
  'law-enforcement': {
    da: {
      name: 'Politi',
      description:
        'Politibetjente og efterforskere, der arbejder med forebyggelse, afskrækkelse online og henvisning af mennesker, der søger hjælp.',
    },
    sv: {
      name: 'Polis',
      description:
        'Poliser och utredare som arbetar med förebyggande arbete, avskräckning på nätet och hänvisning av personer som söker hjälp.',
    },
  },
  'judicial-authorities': {
    da: {
      name: 'Retsvæsenet',
      description:
        'Dommere, anklagere og retsmedarbejdere, der træffer afgørelse om foranstaltninger, behandlingsdomme og vilkår for løsladelse.',
    },
    sv: {
      name: 'Rättsväsendet',
      description:
        'Domare, åklagare och domstolspersonal som beslutar om åtgärder, vårdpåföljder och villkor för frigivning.',
    },
  },
  'prison-and-probation': {
    da: {
      name: 'Fængsler og Kriminalforsorgen',
      description:
        'Ansatte i fængsler og i Kriminalforsorgen, der driver behandlingsprogrammer og støtter vejen tilbage til samfundet efter løsladelse.',
    },
    sv: {
      name: 'Kriminalvården',
      description:
        'Personal på anstalter och inom frivården som driver behandlingsprogram och stöder återanpassningen efter frigivning.',
    },
  },
  'policy-makers': {
    da: {
      name: 'Beslutningstagere',
      description:
        'Folk i ministerier, styrelser og parlamenter, der finansierer, bestiller og former nationale strategier for forebyggelse.',
    },
    sv: {
      name: 'Beslutsfattare',
      description:
        'Personer på departement, myndigheter och i parlament som finansierar, beställer och formar nationella strategier för förebyggande arbete.',
    },
  },
  researchers: {
    da: {
      name: 'Forskere',
      description:
        'Forskere, der undersøger, hvorfor overgreb sker, og evaluerer forebyggelsesprogrammer, og som vil have deres resultater brugt i praksis.',
    },
    sv: {
      name: 'Forskare',
      description:
        'Forskare som studerar varför övergrepp sker och utvärderar förebyggande program, och som vill att deras resultat används i praktiken.',
    },
  },
  'people-who-fear-they-might-offend': {
    da: {
      name: 'Mennesker, der frygter at begå overgreb',
      description:
        'Programmer for mennesker, der er bekymrede over deres seksuelle tanker eller adfærd over for børn og søger hjælp, før nogen kommer til skade: hjælpelinjer, anonym terapi og selvhjælp online.',
    },
    sv: {
      name: 'Personer som är rädda att begå övergrepp',
      description:
        'Program för personer som oroar sig för sina sexuella tankar eller sitt beteende mot barn och söker hjälp innan någon skadas: stödlinjer, anonym terapi och självhjälp på nätet.',
    },
  },
  'people-who-have-offended': {
    da: {
      name: 'Mennesker, der har begået overgreb',
      description:
        'Programmer for mennesker, der har begået overgreb, under og efter straffesagen, i og uden for fængsel: behandling, risikohåndtering og støtte til et liv uden nye overgreb.',
    },
    sv: {
      name: 'Personer som har begått övergrepp',
      description:
        'Program för personer som har begått övergrepp, under och efter den rättsliga processen, på och utanför anstalt: behandling, riskhantering och stöd för ett liv utan nya övergrepp.',
    },
  },
  children: {
    da: {
      name: 'Undervisning og oplysning for børn',
      description:
        'Programmer, der lærer børn om deres krop, deres grænser, gode og dårlige hemmeligheder og de voksne, de kan gå til.',
    },
    sv: {
      name: 'Undervisning och information för barn',
      description:
        'Program som lär barn om deras kropp, deras gränser, bra och dåliga hemligheter och de vuxna de kan vända sig till.',
    },
  },
  'parents-and-caregivers': {
    da: {
      name: 'Forældre og omsorgspersoner',
      description:
        'Programmer, der hjælper forældre og omsorgspersoner med at genkende faresignaler, tale med børn og handle, når noget bekymrer dem.',
    },
    sv: {
      name: 'Föräldrar och omsorgspersoner',
      description:
        'Program som hjälper föräldrar och omsorgspersoner att känna igen varningstecken, prata med barn och agera när något oroar dem.',
    },
  },
  'communities-and-organisations': {
    da: {
      name: 'Fællesskaber og organisationer, der arbejder med børn',
      description:
        'Programmer for idrætsklubber, trossamfund, skoler og ungdomsorganisationer: sikker rekruttering, adfærdskodekser, uddannelse og klare veje til at melde en bekymring.',
    },
    sv: {
      name: 'Föreningar och organisationer som arbetar med barn',
      description:
        'Program för idrottsföreningar, trossamfund, skolor och ungdomsorganisationer: säker rekrytering, uppförandekoder, utbildning och tydliga vägar för att anmäla oro.',
    },
  },
};

export async function seedDemoGroupTexts(db: Queryable): Promise<void> {
  for (const [slug, texts] of Object.entries(DEMO_GROUP_TEXTS)) {
    for (const [language, text] of Object.entries(texts)) {
      await db.query(
        `INSERT INTO group_texts (group_id, language, name, description)
         SELECT g.id, $2, $3, $4 FROM groups g WHERE g.slug = $1
         ON CONFLICT (group_id, language) DO NOTHING`,
        [slug, language, text.name, text.description],
      );
    }
  }
}
