/**
 * The synthetic corpus's vocabulary: council topics (some with acronyms), committees, councils,
 * teams, posts and funding sources. The generator and the question set draw from the same lists,
 * so most questions have answers somewhere in the corpus and a few deliberately do not.
 */

export interface Topic {
  /** Title-case name as a paper would print it. */
  name: string;
  /** Acronym the papers define for it, when they would. */
  acronym: string | null;
  /** Lower-case keywords a person would type. */
  keywords: string[];
}

const T = (name: string, acronym: string | null, keywords: string): Topic => ({
  name,
  acronym,
  keywords: keywords.split(',').map((k) => k.trim()),
});

export const TOPICS: readonly Topic[] = [
  T('Local Area Coordination', 'LAC', 'local area coordination, coordinators'),
  T('Special Educational Needs and Disabilities Strategy', 'SEND', 'send, special educational needs'),
  T('Highways Asset Management Plan', 'HAMP', 'highways, potholes, roads'),
  T('Household Waste Recycling Centres', 'HWRC', 'recycling centres, tips, waste'),
  T('Adult Social Care Charging Policy', 'ASC', 'adult social care, charging'),
  T('Children in Care Sufficiency Strategy', null, 'children in care, foster placements'),
  T('Home to School Transport Policy', 'HTST', 'school transport, buses'),
  T('Local Transport Plan', 'LTP', 'transport plan, buses, cycling'),
  T('Climate Emergency Action Plan', 'CEAP', 'climate, net zero, carbon'),
  T('Medium Term Financial Plan', 'MTFP', 'budget, medium term financial plan, savings'),
  T('Capital Programme', null, 'capital programme, capital investment'),
  T('Treasury Management Strategy', 'TMS', 'treasury, borrowing, investments'),
  T('Libraries, Registration and Archives Strategy', 'LRA', 'libraries, archives'),
  T('Public Health Grant Allocation', 'PHG', 'public health, grant'),
  T('Family Hubs Programme', null, 'family hubs, children centres'),
  T('Integrated Care Strategy', 'ICS', 'integrated care, nhs, health'),
  T('Minerals and Waste Local Plan', 'MWLP', 'minerals, waste plan, quarries'),
  T('Electric Vehicle Charging Infrastructure', 'EVCI', 'electric vehicle, charging points, ev'),
  T('Flood Risk Management Strategy', 'FRMS', 'flooding, flood risk, drainage'),
  T('Domestic Abuse Support Services', 'DASS', 'domestic abuse, refuges'),
  T('Homelessness Prevention Grant', 'HPG', 'homelessness, rough sleeping'),
  T('Affordable Housing Delivery Programme', null, 'affordable housing, homes'),
  T('Street Lighting LED Conversion', null, 'street lighting, led'),
  T('Winter Service Policy', null, 'gritting, winter, salt'),
  T('Community Safety Partnership Plan', 'CSP', 'community safety, crime'),
  T('Youth Justice Plan', 'YJP', 'youth justice, young offenders'),
  T('Early Help and Prevention Services', null, 'early help, prevention'),
  T('Home Care Framework Contract', null, 'home care, domiciliary care'),
  T('Supported Living Accommodation', null, 'supported living, learning disability'),
  T('Carers Strategy', null, 'carers, unpaid carers'),
  T('Mental Health Recovery Service', 'MHRS', 'mental health, recovery'),
  T('Schools Funding Formula', 'DSG', 'schools funding, dedicated schools grant'),
  T('School Places Commissioning Plan', null, 'school places, new schools'),
  T('Adult Education Service', null, 'adult education, skills'),
  T('Country Parks Management', null, 'country parks, parks'),
  T('Public Rights of Way Improvement Plan', 'ROWIP', 'rights of way, footpaths'),
  T('Bus Service Improvement Plan', 'BSIP', 'bus services, bus fares'),
  T('Digital Infrastructure Programme', null, 'broadband, digital'),
  T('Economic Development Strategy', null, 'economy, business support, jobs'),
  T('Trading Standards Service', null, 'trading standards, scams'),
  T('Coroners Service', null, 'coroners, inquests'),
  T('Emergency Planning and Resilience', null, 'emergency planning, resilience'),
  T('Fire and Rescue Collaboration', null, 'fire, rescue'),
  T('Corporate Property Strategy', null, 'property, buildings, disposals'),
  T('Workforce Pay Policy Statement', null, 'pay policy, staff, salaries'),
  T('Council Tax Reduction Scheme', 'CTRS', 'council tax, reduction scheme'),
  T('Leisure Centres Contract', null, 'leisure centres, swimming pools'),
  T('Air Quality Action Plan', 'AQAP', 'air quality, pollution'),
  T('Tree Planting Programme', null, 'trees, woodland'),
  T('Coastal Protection Scheme', null, 'coast, sea defences'),
  T('Local Cycling and Walking Infrastructure Plan', 'LCWIP', 'cycling, walking'),
  T('Supported Employment Service', null, 'employment, supported employment'),
  T('Kinship Care Support', null, 'kinship care, special guardianship'),
  T('Unaccompanied Asylum Seeking Children Service', 'UASC', 'asylum seeking children'),
  T('Care Leavers Local Offer', null, 'care leavers'),
  T('Drug and Alcohol Treatment Services', null, 'drugs, alcohol, substance misuse'),
  T('Smoking Cessation Service', null, 'smoking, stop smoking'),
  T('Healthy Weight Programme', null, 'obesity, healthy weight'),
  T('Household Support Fund', 'HSF', 'household support fund, cost of living'),
  T('Levelling Up Fund Bid', 'LUF', 'levelling up, regeneration'),
];

export const COMMITTEES: readonly string[] = [
  'Cabinet',
  'Full Council',
  'Scrutiny Committee',
  'Governance and Audit Committee',
  'Adult Social Care Cabinet Committee',
  "Children's, Young People and Education Cabinet Committee",
  'Environment and Transport Cabinet Committee',
  'Growth, Economic Development and Communities Cabinet Committee',
  'Health Reform and Public Health Cabinet Committee',
  'Policy and Resources Cabinet Committee',
  'Planning Applications Committee',
  'Pension Fund Committee',
  'Health Overview and Scrutiny Committee',
  'Corporate Parenting Panel',
];

export const COUNCILS: readonly string[] = [
  'Kent County Council',
  'Surrey County Council',
  'Essex County Council',
  'Hampshire County Council',
  'Norfolk County Council',
  'Devon County Council',
  'Lancashire County Council',
  'Suffolk County Council',
  'Staffordshire County Council',
  'Derbyshire County Council',
  'Nottinghamshire County Council',
  'Leicestershire County Council',
  'Oxfordshire County Council',
  'Cambridgeshire County Council',
  'Hertfordshire County Council',
  'Somerset Council',
  'Cornwall Council',
  'Wiltshire Council',
  'Brighton and Hove City Council',
  'Bristol City Council',
];

export const TEAMS: readonly string[] = [
  'Adult Social Care',
  'Children’s Services',
  'Highways and Transportation',
  'Waste Management',
  'Public Health',
  'Strategic Commissioning',
  'Finance',
  'Education and Skills',
  'Growth and Communities',
  'Infrastructure',
  'Legal Services',
  'Human Resources and Organisational Development',
];

export const POST_TITLES: readonly string[] = [
  'Project Manager',
  'Programme Officer',
  'Senior Social Worker',
  'Coordinator',
  'Commissioning Manager',
  'Data Analyst',
  'Engagement Officer',
  'Highways Inspector',
  'Finance Business Partner',
  'Occupational Therapist',
  'Policy Adviser',
  'Team Leader',
  'Administrative Assistant',
  'Family Support Worker',
  'Climate Change Officer',
];

export const GRADES: readonly string[] = ['KR6', 'KR8', 'KR9', 'KR10', 'KR11', 'KR12', 'KR13', 'Grade 7', 'Grade 9', 'SO1', 'PO2'];

export const FUNDING_SOURCES: readonly string[] = [
  'the Public Health Grant',
  'the Better Care Fund',
  'general reserves',
  'the Dedicated Schools Grant',
  'prudential borrowing',
  'developer contributions',
  'the Household Support Fund',
  'a Department for Transport grant',
  'the revenue budget',
  'the Levelling Up Fund',
];

export const OFFICERS: readonly string[] = [
  'Sarah Hammond', 'David Whittle', 'Ben Watts', 'Zena Cooke', 'Richard Smith', 'Simon Jones',
  'Clare Maynard', 'Rebecca Spore', 'Matt Dunkley', 'Anjan Ghosh', 'Christine McInnes',
  'Amanda Beer', 'Hazel Price', 'Peter Oakford', 'Roger Gough', 'Dan Watkins',
];

/** Topics no paper in the corpus mentions: questions about them must come back not found. */
export const ABSENT_TOPICS: readonly string[] = [
  'lunar landing site',
  'submarine fleet',
  'cryptocurrency mining',
  'ski slope refurbishment',
  'volcano monitoring',
  'space elevator',
  'zebra crossing for penguins',
  'quantum computer procurement',
];

/** Phrases a paper would use for its section headings. */
export const SECTIONS: readonly string[] = [
  'Introduction',
  'Background',
  'Financial Implications',
  'Legal Implications',
  'Equalities Implications',
  'Options Considered',
  'Consultation',
  'Risks',
  'Conclusions',
  'Recommendations',
  'Data Protection Implications',
  'Governance',
];

/** Meeting dates of the synthetic corpus fall in these ten years. */
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
