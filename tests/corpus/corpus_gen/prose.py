"""Deterministic Swedish prose for the long document: sentences picked from pools and filled in."""

from __future__ import annotations

import random

GENERIC = [
    "Under året har {vht} arbetat vidare med att effektivisera arbetssätten och att förbättra uppföljningen av kvalitet och kostnader.",
    "Verksamheten har påverkats av prisökningar på material, entreprenader och energi, vilket har krävt omprioriteringar inom budgetramen.",
    "Rekryteringsläget har varit ansträngt för vissa yrkesgrupper, särskilt för ingenjörer och projektledare.",
    "Samarbetet med övriga förvaltningar har utvecklats genom gemensamma planeringsmöten och en tydligare beställarprocess.",
    "Ett arbete med att digitalisera ärendehanteringen har påbörjats och väntas ge effekt under 2026.",
    "Arbetsmiljön har följts upp genom skyddsronder och en medarbetarenkät där resultatet förbättrades jämfört med föregående mätning.",
    "Kundnöjdheten har mätts genom enkäter och synpunkter som kommit in via kommunens e-tjänst.",
    "Antalet synpunkter och felanmälningar var {n} under året, vilket är {pct} procent {fler} än 2024.",
    "Förvaltningen har under året genomfört en översyn av avtal och upphandlingar inom området.",
    "Klimatanpassning och hållbarhet har fått ett allt större utrymme i planeringen av verksamheten.",
    "Underhållsskulden är fortsatt stor och behöver hanteras i den långsiktiga investeringsplanen.",
    "Verksamheten har arbetat aktivt med att minska sjukfrånvaron genom tidiga insatser och dialog med företagshälsovården.",
    "Under hösten genomfördes en omorganisation som syftar till tydligare ansvar och kortare beslutsvägar.",
    "Det systematiska arbetsmiljöarbetet har stärkts genom utbildning av chefer och skyddsombud.",
    "Kostnaderna för el och drivmedel har varit lägre än under de två föregående åren men fortfarande högre än före 2022.",
    "Inom ramen för kommunens miljöprogram har verksamheten bytt ut ytterligare fordon mot eldrivna alternativ.",
    "Flera projekt har försenats på grund av långa leveranstider och överklagade upphandlingar.",
    "Dialogen med invånare och näringsliv har utvecklats genom öppna möten och information på kommunens webbplats.",
    "Verksamheten har deltagit i kommunens arbete med att stärka beredskapen inför kriser och höjd beredskap.",
    "Samtliga medarbetare har haft medarbetarsamtal och individuella utvecklingsplaner har upprättats.",
    "Arbetet har bedrivits i nära samverkan med berörda nämnder och med de kommunala bolagen.",
    "En risk- och väsentlighetsanalys har legat till grund för nämndens internkontrollplan för året.",
    "Internkontrollen visade inga allvarliga brister, men rutinerna för attest och avtalsuppföljning behöver förbättras.",
    "Under året har {n} arbetsorder registrerats i verksamhetssystemet, varav de flesta avsåg planerat underhåll.",
    "Kostnaderna för köpta tjänster har ökat med omkring {pct} procent, främst till följd av indexuppräkningar i avtalen.",
    "Planeringen av verksamheten sker i en rullande treårsplan som stäms av mot budget två gånger per år.",
    "Tillgängligheten för personer med funktionsnedsättning har förbättrats genom åtgärder som prioriterats tillsammans med rådet för funktionshinderfrågor.",
    "Verksamheten har tagit emot praktikanter och feriearbetare under sommaren.",
    "För att klara kompetensförsörjningen har {vht} samarbetat med gymnasieskolans tekniska program och med Linnéuniversitetet.",
    "Nya rutiner för avvikelsehantering har införts och alla chefer har fått utbildning i dem.",
    "Under perioden har ett antal mindre projekt genomförts inom ramen för den löpande driften.",
    "Efterfrågan på verksamhetens tjänster har varit fortsatt hög från både interna och externa beställare.",
    "Prognosen vid delårsbokslutet visade ett större underskott än utfallet, eftersom vissa kostnader kunde senareläggas.",
    "Budgeten för året innehöll en effektivisering om en procent som har genomförts genom minskade omkostnader.",
    "Verksamheten har följt kommunens riktlinjer för upphandling och direktupphandlingar har dokumenterats enligt rutin.",
    "Den långsiktiga planeringen försvåras av osäkerheten kring framtida statsbidrag och kostnadsutveckling.",
    "Resultatet från medarbetarenkäten visar att medarbetarna upplever sitt arbete som meningsfullt men att arbetsbelastningen är hög.",
    "Ett nytt ledningssystem för kvalitet och miljö har införts och certifieringen planeras till 2026.",
    "Samordningen med Kalmar Energi och Kalmar Vatten har förbättrat planeringen av arbeten i gatumark.",
    "Det finns ett fortsatt behov av att se över taxor och avgifter så att de motsvarar de faktiska kostnaderna.",
    "Under året har {vht} haft {n} kontakter med invånare via telefon, e-post och kommunens kontaktcenter.",
    "Arbetet med att minska klimatpåverkan från transporter har fortsatt genom samordnade körningar.",
    "Skadegörelse och klotter har ökat något och kostade verksamheten omkring {n} tusen kronor.",
    "En översyn av verksamhetens lokaler och förråd har gjorts för att minska behovet av ytor.",
    "Digitala inspektioner med surfplatta har ersatt pappersprotokoll i det löpande underhållet.",
    "Kvaliteten följs upp genom egenkontroller, stickprov och återkommande dialog med beställarna.",
    "Verksamheten har under året haft en budget i balans på de flesta ansvarsområden.",
    "Medarbetarnas kompetens har stärkts genom utbildningar i arbete på väg, säkerhet och ledarskap.",
]

FLER = ["fler", "färre"]


def compose(
    rnd: random.Random, specific: list[str], vht: str, n_sentences: int, used: set[str]
) -> str:
    """A paragraph: mostly the verksamhet's own sentences, filled out with generic ones."""
    pool = [s for s in specific if s not in used]
    gen = [s for s in GENERIC if s not in used]
    out = []
    for i in range(n_sentences):
        src = pool if (pool and (i % 3 != 2 or not gen)) else gen
        if not src:
            src = GENERIC
        s = rnd.choice(src)
        used.add(s)
        if s in pool:
            pool.remove(s)
        if s in gen:
            gen.remove(s)
        out.append(
            s.format(
                vht=vht,
                n=f"{rnd.randint(120, 2400):,}".replace(",", " "),
                pct=rnd.randint(2, 18),
                fler=rnd.choice(FLER),
            )
        )
    text = " ".join(out)
    return text[0].upper() + text[1:]
