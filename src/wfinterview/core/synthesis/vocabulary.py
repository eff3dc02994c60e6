"""The words findings are read from: marketing tools and their aliases, workarounds, teams.

Tags say what kind of problem a note raises; these lists say what exactly it names. Each
tool has a canonical name and the ways people write it ("SFDC", "GA4"). Aliases that are
also ordinary English words ("Notion", "Teams", "Make") count only when written
with their capital, so "a notion of priority" names no tool. Users add their own tools in
config.toml (`[tools]`), which the `Vocabulary` merges over these.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# canonical name -> aliases matched in any case (the canonical name is one of them)
TOOLS: dict[str, tuple[str, ...]] = {
    "Salesforce": ("salesforce", "sfdc", "sales cloud"),
    "HubSpot": ("hubspot", "hub spot"),
    "Marketo": ("marketo",),
    "Pardot": ("pardot", "account engagement"),
    "Eloqua": ("eloqua",),
    "Mailchimp": ("mailchimp",),
    "Braze": ("braze",),
    "Klaviyo": ("klaviyo",),
    "Asana": ("asana",),
    "Jira": ("jira",),
    "Trello": ("trello",),
    "Wrike": ("wrike",),
    "Workfront": ("workfront",),
    "Smartsheet": ("smartsheet",),
    "ClickUp": ("clickup",),
    "Basecamp": ("basecamp",),
    "Airtable": ("airtable",),
    "Confluence": ("confluence",),
    "Google Sheets": ("google sheets", "gsheets", "gsheet", "google sheet"),
    "Excel": ("excel",),
    "Google Drive": ("google drive", "gdrive"),
    "SharePoint": ("sharepoint",),
    "Dropbox": ("dropbox",),
    "Box": (),
    "Canva": ("canva",),
    "Figma": ("figma",),
    "Adobe Creative Cloud": ("creative cloud", "photoshop", "indesign", "illustrator"),
    "Frame.io": ("frame.io", "frameio"),
    "Ziflow": ("ziflow",),
    "Filestage": ("filestage",),
    "Bynder": ("bynder",),
    "Brandfolder": ("brandfolder",),
    "WordPress": ("wordpress",),
    "Contentful": ("contentful",),
    "Webflow": ("webflow",),
    "Hootsuite": ("hootsuite",),
    "Sprout Social": ("sprout social", "sprout"),
    "Google Analytics": ("google analytics", "ga4"),
    "Looker": ("looker", "looker studio"),
    "Tableau": ("tableau",),
    "Power BI": ("power bi", "powerbi"),
    "Zapier": ("zapier",),
    "Outlook": ("outlook",),
    "Gmail": ("gmail",),
    "Zoom": ("zoom",),
    "Loom": ("loom",),
    "Semrush": ("semrush",),
    "Google Ads": ("google ads", "adwords"),
    "CoSchedule": ("coschedule",),
    "Gong": ("gong",),
    "Segment": (),
    "Slack": ("slack",),
    "Microsoft Teams": ("ms teams", "microsoft teams"),
    "Notion": (),
    "monday.com": ("monday.com",),
    "Make": (),
    "Later": (),
    "Buffer": (),
}
# Aliases that are ordinary words too: they name the tool only when written exactly so.
EXACT_ALIASES: dict[str, tuple[str, ...]] = {
    "Notion": ("Notion",),
    "Microsoft Teams": ("Teams",),
    "Make": ("Make.com",),
    "Later": ("Later.com",),
    "Buffer": ("Buffer",),
    "Box": ("Box",),
    "Segment": ("Segment",),
    "Google Sheets": ("Sheets",),
    "Google Analytics": ("GA",),
}
# What people do instead of the tool: canonical name -> the phrases that mean it.
WORKAROUNDS: dict[str, tuple[str, ...]] = {
    "spreadsheet": ("spreadsheet", "spreadsheets", "tracker", "own tracker"),
    "copy-paste": ("copy-paste", "copy paste", "copy and paste", "copying", "copied by hand"),
    "email": ("email attachment", "attachment", "attachments", "by email", "over email"),
    "by hand": ("re-key", "re-keys", "rekey", "re-enter", "re-enters", "retype", "by hand"),
    "export": ("export", "exports", "csv"),
    "chat message": ("slack dm", "dm", "message directly", "messages directly"),
    "screenshots": ("screenshot", "screenshots"),
    "personal folders": ("personal folder", "personal folders", "own folder", "desktop"),
}
# Teams and functions work is handed to, and the words that name them.
TEAMS: dict[str, tuple[str, ...]] = {
    "Legal": ("legal", "counsel", "lawyers", "legal team"),
    "Brand": ("brand", "brand team"),
    "Compliance": ("compliance",),
    "Design": ("design", "designers", "design team", "creative", "creative team"),
    "Web": ("web", "web team", "webmaster", "dev team", "developers"),
    "Ops": ("ops", "marketing ops", "operations"),
    "Sales": ("sales", "sales team", "sdrs", "account executives"),
    "Product": ("product", "product team", "product marketing", "pmm"),
    "Agency": ("the agency", "agency"),
    "Leadership": ("the cmo", "cmo", "leadership", "exec", "execs", "vp", "director"),
    "Regional marketing": ("regional marketing", "the regional lead", "regional lead", "regions"),
    "Content": ("content", "content team", "writers", "copywriters"),
    "Campaigns": ("campaign lead", "campaign leads", "campaign team", "campaigns"),
    "Analytics": ("analytics", "data team", "bi team"),
    "PR": ("pr", "comms", "communications"),
    "Finance": ("finance", "procurement"),
    # Never "it" alone: teams are matched case-folded, and every "send it to legal" would
    # otherwise draw an arrow to IT.
    "IT": ("it team", "it department", "it support", "information technology", "helpdesk"),
}


@dataclass(frozen=True)
class Vocabulary:
    """The tools, workarounds and teams to look for, the user's additions merged in."""

    tools: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(TOOLS))
    exact: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(EXACT_ALIASES))
    workarounds: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(WORKAROUNDS))
    teams: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(TEAMS))

    def with_tools(self, extra: dict[str, list[str]]) -> Vocabulary:
        """A copy with the user's tools (name -> aliases) added; a known name gains aliases."""
        tools = dict(self.tools)
        for name, aliases in extra.items():
            folded = [name.casefold(), *(alias.casefold() for alias in aliases)]
            tools[name] = tuple(dict.fromkeys([*tools.get(name, ()), *folded]))
        return Vocabulary(tools, self.exact, self.workarounds, self.teams)
