## The viewer's words around a map's own text, in the map's language.

viewer-untitled = (untitled map)
viewer-map-kind = Journey map · { $value }
viewer-severity-value = Severity: { $value }
viewer-priority-value = Priority: { $value }
viewer-goal = Goal
viewer-scenario = Scenario
viewer-owner = Owner
viewer-last-review = Last review
viewer-next-review = Next review
viewer-updated = Last edited
viewer-persona = Persona
viewer-personas = Personas
viewer-goals = Goals
viewer-needs = Needs
viewer-motivations = Motivations
viewer-frustrations = Frustrations
viewer-day-in-the-life = A day in their life
viewer-stage = Stage
viewer-step = Step
viewer-lane = Lane
viewer-channel = Channel
viewer-department = Department
viewer-moment-of-truth = Moment of truth
viewer-breaking-point = Breaking point
viewer-severity = Severity
viewer-priority = Priority
viewer-current = Current
viewer-target = Target
viewer-line-of-visibility = Line of visibility
viewer-emotion-score = Emotion score
viewer-stage-average = Stage average
viewer-open-source = Open the source
viewer-scroll-hint = Journey map, scrollable

viewer-severity-low = low
viewer-severity-medium = medium
viewer-severity-high = high
viewer-severity-critical = critical

viewer-priority-low = low
viewer-priority-medium = medium
viewer-priority-high = high

viewer-evidence-analytics = Web analytics
viewer-evidence-crm = CRM records
viewer-evidence-survey = Satisfaction survey
viewer-evidence-mystery-shopping = Mystery shopping
viewer-evidence-interview = Interviews
viewer-evidence-statistics = Statistics
viewer-evidence-support-tickets = Support tickets
viewer-evidence-other = Other

viewer-resource-people = People
viewer-resource-policy = Policy
viewer-resource-technology = Technology
viewer-resource-process = Process

viewer-channel-website = Website
viewer-channel-mobile-app = Mobile app
viewer-channel-store = Store
viewer-channel-phone = Phone
viewer-channel-email = Email
viewer-channel-sms = SMS
viewer-channel-chat = Chat
viewer-channel-social = Social network
viewer-channel-messenger = Messenger
viewer-channel-in-person = In person
viewer-channel-partner = Partner
viewer-channel-review-site = Review site
viewer-channel-advertising = Advertising
viewer-channel-search = Search
