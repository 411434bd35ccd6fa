"""Hand-written word lists for skill extraction. Authored for sidedoor; nothing here is taken
from O*NET or ESCO (those are read from the installed knowledge store at run time).

Targets are written as ``"onet:<Element Name>"`` (an O*NET skill/knowledge element, resolved
by name) or ``"esco:<label>"`` (an ESCO skill, resolved through the recovered labels) or
``"term:<Name>"`` (a name in the technology/tool gazetteer). The index builder resolves them
against the installed release; a target that is not found is simply skipped.
"""

from __future__ import annotations

from sidedoor.language.skill_text import words

# Words that are never a skill on their own (they still count inside longer names:
# "graphic design", "data science", "pattern matching"). Compared after normalisation.
GENERIC_WORDS: frozenset[str] = words("""
design science scheme schemes matching match management manage research service services
support data system systems process processes quality training development operations
operation work project projects team teams business planning analysis information technology
technical tools tool software hardware equipment experience knowledge skill skills ability
abilities health safety care food language languages learning security testing test tests
reading speaking writing monitoring installation repairing instructing coordination
persuasion office word access outlook box go it id notes note paper engineering production
administration administrative maintenance inspection assembly history records record reports
report documentation customer customers product products client clients people staff users
user computer computers internet email phone phones telephone telephones web mobile online
digital environment environments model models modeling transportation education art arts
culture media general basic standard standards principles practice practices procedures
procedure methods method techniques technique theory concepts policy policies regulations
law rules tasks task activities activity materials material resources resource solutions
solution application applications program programs programme programming platform platforms
network networks interface interfaces documents document file files forms listening
presentations control controls strategy strategies performance evaluation assessment
measurement communications organisation organization planning travel time
""")


# Catalogue names that look like a product but are plain English words: they are matched
# only when written as a name (capitalised) and with technical words nearby.
HOMONYMS: dict[str, frozenset[str]] = {
    # name -> words that, nearby, mean it is *not* the technology
    "python": words("""
snake snakes reptile reptiles zoo boa boas pet pets enclosure enclosures animal animals
species terrarium venom herpetology keeper zookeeper zookeepers vivarium
"""),
    "java": words("""
coffee island indonesia cup espresso bali
"""),
    "ruby": words("""
jewelry jewellery wedding anniversary necklace ring gemstone
"""),
    "rust": words("""
corrosion metal paint steel removal oxidation
"""),
    "swift": frozenset(["bird", "birds", "quick", "quickly", "response"]),
    "spark": frozenset(["plug", "plugs", "ignition", "joy"]),
    "shell": words("""
oil gas station egg sea fish
"""),
    "perl": frozenset(),
    "julia": frozenset(),
    "go": frozenset(),
    "r": frozenset(),
    "c": frozenset(),
    "excel": frozenset(),
    "oracle": frozenset(["delphi"]),
    "puppet": frozenset(["show", "shows", "theatre", "theater", "children"]),
    "chef": words("""
kitchen cook cooks restaurant menu cuisine culinary sous
"""),
    "salt": frozenset(["pepper", "seasoning"]),
    "square": words("""
feet foot meter meters metre metres
"""),
    "scheme": frozenset(["pension", "pensions"]),
}

# Words that point to software/technical context (for homonyms and word-like product names).
TECH_CONTEXT: frozenset[str] = words("""
programming programmer programmers language languages code coding coder developer developers
development software script scripts scripting library libraries framework frameworks data
engineer engineers engineering backend back-end frontend front-end api apis database
databases sql cloud devops stack server servers application applications app apps web
computer computing analytics statistical statistics automation pipelines pipeline deploy
deployment git linux microsoft office spreadsheet spreadsheets dashboards crm erp streaming
etl
""")

# Short aliases people write for catalogue names: alias -> name in the gazetteer.
ALIASES: dict[str, str] = {
    "JS": "JavaScript",
    "k8s": "Kubernetes",
    "Golang": "Go",
    "Postgres": "PostgreSQL",
    "ReactJS": "React",
    "React.js": "React",
    "Vue": "Vue.js",
    "VueJS": "Vue.js",
    "NodeJS": "Node.js",
    "sklearn": "scikit-learn",
    "GCP": "Google Cloud",
    "MS Excel": "Microsoft Excel",
    "MS Word": "Microsoft Word",
    "MS Office": "Microsoft Office",
    "MS Outlook": "Microsoft Outlook",
    "MS Teams": "Microsoft Teams",
    "MS Project": "Microsoft Project",
    "MS SQL Server": "Microsoft SQL Server",
    "MSSQL": "Microsoft SQL Server",
    "G Suite": "Google Workspace",
    "ML": "machine learning",
    "AI": "artificial intelligence",
    "NLP": "natural language processing",
    "EHR": "electronic health records",
    "EMR": "electronic medical records",
    "A/R": "accounts receivable",
    "A/P": "accounts payable",
    "AR": "accounts receivable",
    "AP": "accounts payable",
    "P&L": "profit and loss",
}

# Names people use in postings that a catalogue may lack or word differently:
# name -> (kind, target or ""). The name itself becomes the label when there is no target.
EXTRA_TERMS: dict[str, tuple[str, str]] = {
    "CI/CD": ("knowledge", "esco:DevOps"),
    "continuous integration": ("knowledge", "esco:DevOps"),
    "continuous delivery": ("knowledge", "esco:DevOps"),
    "DevOps": ("knowledge", "esco:DevOps"),
    "microservices": ("knowledge", ""),
    "microservice architecture": ("knowledge", ""),
    "infrastructure as code": ("knowledge", ""),
    "REST": ("knowledge", ""),
    "RESTful APIs": ("knowledge", ""),
    "REST APIs": ("knowledge", ""),
    "GraphQL": ("technology", ""),
    "agile": ("knowledge", "esco:agile project management"),
    "Scrum": ("knowledge", "esco:agile project management"),
    "Kanban": ("knowledge", ""),
    "object-oriented programming": ("knowledge", "onet:Programming"),
    "data structures": ("knowledge", "onet:Computers and Electronics"),
    "algorithms": ("knowledge", "onet:Computers and Electronics"),
    "distributed systems": ("knowledge", "onet:Computers and Electronics"),
    "computer science": ("knowledge", "onet:Computers and Electronics"),
    "software engineering": ("knowledge", "onet:Computers and Electronics"),
    "cybersecurity": ("knowledge", "onet:Computers and Electronics"),
    "information security": ("knowledge", "onet:Computers and Electronics"),
    "data analysis": ("skill", "onet:Operations Analysis"),
    "data modeling": ("knowledge", ""),
    "data visualization": ("knowledge", ""),
    "statistics": ("knowledge", "onet:Mathematics"),
    "accounting": ("knowledge", "onet:Economics and Accounting"),
    "finance": ("knowledge", "onet:Economics and Accounting"),
    "economics": ("knowledge", "onet:Economics and Accounting"),
    "GAAP": ("knowledge", "onet:Economics and Accounting"),
    "IFRS": ("knowledge", "onet:Economics and Accounting"),
    "accounts payable": ("knowledge", "onet:Economics and Accounting"),
    "accounts receivable": ("knowledge", "onet:Economics and Accounting"),
    "payroll": ("knowledge", "onet:Economics and Accounting"),
    "sales": ("knowledge", "onet:Sales and Marketing"),
    "marketing": ("knowledge", "onet:Sales and Marketing"),
    "digital marketing": ("knowledge", "onet:Sales and Marketing"),
    "SEO": ("knowledge", "onet:Sales and Marketing"),
    "customer service": ("skill", "onet:Service Orientation"),
    "HR": ("knowledge", "onet:Personnel and Human Resources"),
    "human resources": ("knowledge", "onet:Personnel and Human Resources"),
    "recruiting": ("skill", "onet:Personnel and Human Resources"),
    "HIPAA": ("knowledge", "onet:Law and Government"),
    "KYC": ("knowledge", "onet:Law and Government"),
    "anti-money laundering": ("knowledge", "onet:Law and Government"),
    "AML": ("knowledge", "onet:Law and Government"),
    "compliance": ("knowledge", "onet:Law and Government"),
    "English": ("knowledge", "onet:English Language"),
    "medical terminology": ("knowledge", "onet:Medicine and Dentistry"),
    "infection control": ("knowledge", "onet:Medicine and Dentistry"),
    "patient care": ("skill", "onet:Service Orientation"),
    "acute care": ("knowledge", "onet:Medicine and Dentistry"),
    "wound care": ("knowledge", "onet:Medicine and Dentistry"),
    "IV therapy": ("knowledge", "onet:Medicine and Dentistry"),
    "phlebotomy": ("knowledge", "onet:Medicine and Dentistry"),
    "nursing": ("knowledge", "onet:Medicine and Dentistry"),
    "vital signs": ("knowledge", "onet:Medicine and Dentistry"),
    "ICD-10": ("knowledge", "onet:Medicine and Dentistry"),
    "CPT": ("knowledge", "onet:Medicine and Dentistry"),
    "medical coding": ("knowledge", "onet:Medicine and Dentistry"),
    "HVAC": ("knowledge", "onet:Mechanical"),
    "plumbing": ("knowledge", "onet:Building and Construction"),
    "carpentry": ("knowledge", "onet:Building and Construction"),
    "welding": ("knowledge", "onet:Production and Processing"),
    "MIG": ("knowledge", "onet:Production and Processing"),
    "TIG": ("knowledge", "onet:Production and Processing"),
    "CNC machining": ("knowledge", "onet:Production and Processing"),
    "lean manufacturing": ("knowledge", "onet:Production and Processing"),
    "5S": ("knowledge", "onet:Production and Processing"),
    "Six Sigma": ("knowledge", "onet:Production and Processing"),
    "PPE": ("knowledge", "onet:Public Safety and Security"),
    "OSHA": ("knowledge", "onet:Public Safety and Security"),
    "food safety": ("knowledge", "onet:Food Production"),
    "food handling": ("knowledge", "onet:Food Production"),
    "fine dining": ("knowledge", "onet:Food Production"),
    "bookkeeping": ("knowledge", "onet:Economics and Accounting"),
    "financial modeling": ("knowledge", "onet:Economics and Accounting"),
    "financial reporting": ("knowledge", "onet:Economics and Accounting"),
    "financial analysis": ("skill", "onet:Economics and Accounting"),
    "budgeting": ("skill", "onet:Management of Financial Resources"),
    "forecasting": ("skill", "onet:Management of Financial Resources"),
    "valuation": ("knowledge", "onet:Economics and Accounting"),
    "project management": ("knowledge", "onet:Administration and Management"),
    "supply chain": ("knowledge", "onet:Transportation"),
    "logistics": ("knowledge", "onet:Transportation"),
    "inventory management": ("skill", "onet:Management of Material Resources"),
    "cold calling": ("skill", "onet:Persuasion"),
    "lead generation": ("skill", "onet:Sales and Marketing"),
    "data entry": ("skill", "onet:Administrative"),
    "typing": ("skill", "onet:Administrative"),
    "scheduling": ("skill", "onet:Time Management"),
    "housekeeping": ("skill", "onet:Customer and Personal Service"),
    "graphic design": ("knowledge", "onet:Fine Arts"),
    "typography": ("knowledge", "onet:Fine Arts"),
    "UX design": ("knowledge", "onet:Design"),
    "UI design": ("knowledge", "onet:Design"),
    "user experience": ("knowledge", "onet:Design"),
    "SaaS": ("knowledge", "onet:Computers and Electronics"),
    "forklift": ("tool", ""),
    "pallet jack": ("tool", ""),
    "POS": ("technology", ""),
    "point of sale": ("technology", ""),
    "RF scanner": ("tool", ""),
}

# Languages people list as skills; each maps to O*NET's Foreign Language element and, where the
# release has it, to the ESCO language concept of the same name.
LANGUAGES: tuple[str, ...] = (
    "Spanish", "French", "German", "Italian", "Portuguese", "Dutch", "Mandarin", "Cantonese",
    "Chinese", "Japanese", "Korean", "Arabic", "Russian", "Hindi", "Urdu", "Polish", "Swedish",
    "Danish", "Norwegian", "Finnish", "Greek", "Turkish", "Vietnamese", "Tagalog", "Hebrew",
    "Ukrainian", "Czech", "Hungarian", "Romanian", "Bengali", "Punjabi", "Farsi", "Persian",
    "Swahili", "Thai", "Indonesian", "Malay", "Haitian Creole", "American Sign Language", "ASL",
)

# Words that mark the text around a word-like product name as *not* technical.
NON_TECH_CONTEXT: frozenset[str] = words("""
snake snakes reptile reptiles zoo coffee jewelry animal animals
""")
