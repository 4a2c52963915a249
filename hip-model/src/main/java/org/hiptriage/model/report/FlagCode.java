package org.hiptriage.model.report;

/** The escalation flags, each with the least urgency it carries and what it tells the runner. */
public enum FlagCode {
    FEVER_WITH_HIP_PAIN(Level.EMERGENCY, "Fever with a painful hip can mean an infected joint, which can destroy the joint within hours."),
    CAUDA_EQUINA_SYMPTOMS(Level.EMERGENCY, "Numbness between the legs, a new bladder or bowel change, or symptoms in both legs can mean pressure on the nerves at the base of the spine (cauda equina)."),
    TRAUMA_CANNOT_BEAR_WEIGHT(Level.EMERGENCY, "Not being able to take weight on the leg after a fall or a blow can mean a broken hip."),
    CANNOT_BEAR_WEIGHT(Level.URGENT, "Not being able to take weight on the leg needs an examination and often an X-ray the same day. Use crutches until then."),
    SUSPECTED_STRESS_FRACTURE(Level.URGENT, "This can be a stress fracture of the hip or pelvis. A missed one can break through: stop running, keep weight off the leg and get imaging."),
    ADOLESCENT_HIP_PAIN_WITH_LIMP(Level.URGENT, "A young runner with hip, thigh or knee pain and a limp needs a same-day check for a slipped growth plate (SCFE) or an avulsion injury."),
    SEVERE_PAIN(Level.URGENT, "Severe pain (8 out of 10 or worse) needs to be assessed the same day."),
    CANCER_OR_WEIGHT_LOSS(Level.URGENT, "New bone pain with a history of cancer or unexplained weight loss needs prompt review to rule out a serious cause."),
    PERSISTENT_DESPITE_REST(Level.SEE_CLINICIAN, "Pain lasting more than a week despite rest should be checked by a clinician."),
    WORSE_WITH_EVERY_RUN(Level.SEE_CLINICIAN, "Pain that gets worse with every run is a sign to stop running and get it checked."),
    DAILY_ACTIVITIES_LIMITED(Level.SEE_CLINICIAN, "Pain that limits everyday life should be checked by a clinician."),
    RADIATING_PAIN(Level.SEE_CLINICIAN, "Pain that spreads to the groin, thigh, lower back or knee should be checked by a clinician."),
    NIGHT_OR_REST_PAIN(Level.SEE_CLINICIAN, "Pain at night or at rest is not typical of a simple running strain and should be checked."),
    NEUROLOGICAL_SYMPTOMS(Level.SEE_CLINICIAN, "Numbness, tingling or weakness in the leg can come from a nerve and should be checked."),
    MECHANICAL_SYMPTOMS(Level.SEE_CLINICIAN, "Locking, catching or giving way can mean a problem inside the joint, such as a labral tear."),
    NO_IMPROVEMENT(Level.SEE_CLINICIAN, "Pain that is not getting better after two weeks should be checked by a clinician."),
    FALL_WITH_FRAGILE_BONE(Level.URGENT, "A fall at 60 or over, or with weak bones, can break the hip even when the leg still takes weight: it needs an examination and an X-ray today. If the leg looks shorter or turned out, this is an emergency."),
    POSSIBLE_BLOOD_CLOT(Level.URGENT, "A swollen, painful thigh or calf can be a blood clot (deep vein thrombosis), above all after surgery or long travel: be seen today. Chest pain or breathlessness is an emergency: call an ambulance."),
    ABDOMINAL_OR_PELVIC_CAUSE(Level.URGENT, "Groin or lower-tummy pain can come from the abdomen or pelvis (an ectopic pregnancy, a twisted ovary, a trapped hernia, appendicitis): be seen today."),
    ACUTE_HIP_PAIN_WITH_LIMP(Level.URGENT, "New hip pain with a limp and no injury to explain it needs a same-day check that the joint is not infected."),
    ADOLESCENT_HIP_PAIN(Level.SEE_CLINICIAN, "A young runner (8 to 17) with hip, groin, thigh or knee pain for two weeks or more needs the hip examined for a slipped growth plate, even without a limp."),
    RED_S_SIGNS(Level.SEE_CLINICIAN, "Missing periods or eating too little for the training need a medical check of energy, bone and hormones (RED-S), whatever the hip turns out to be.");

    private final Level leastLevel;
    private final String message;

    FlagCode(Level leastLevel, String message) {
        this.leastLevel = leastLevel;
        this.message = message;
    }

    /** The least urgency this flag carries; a rule may raise it higher, never lower. */
    public Level leastLevel() {
        return leastLevel;
    }

    /** What the flag tells the runner. */
    public String message() {
        return message;
    }
}
