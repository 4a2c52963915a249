package org.hiptriage.model.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sources a rule may cite in its {@code @source} metadata: the five articles (S0–S4) and the
 * guidelines and reviews of the clinical notes. A report names an article by its key and a guideline
 * by its title.
 */
public enum Source {
    /** Verywell Fit article. */
    S0("Hip Pain From Running: What Causes It and How to Treat It (Verywell Fit)"),
    /** Physical-therapy clinic article. */
    S1("Hip Pain in Runners: Causes, Prevention, and Recovery Tips"),
    /** Running-shop article. */
    S2("Why Does My Hip Hurt After Running? Causes And Treatments"),
    /** Running-coach blog with a physical therapist. */
    S3("Why Do My Hips Hurt When Running?"),
    /** Spine and sports-medicine article. */
    S4("How to protect your hips while running"),
    /** Differential diagnosis of adult hip pain by location. */
    CHAMBERLAIN_2021("Chamberlain, Hip Pain in Adults: Evaluation and Differential Diagnosis (Am Fam Physician 2021)"),
    /** Groin pain in athletes. */
    DOHA_2015("Doha agreement meeting on terminology and definitions in groin pain in athletes (Br J Sports Med 2015)"),
    /** Gluteal tendinopathy trial. */
    LEAP_2018("LEAP trial: education plus exercise versus corticosteroid injection or wait and see for gluteal tendinopathy (BMJ 2018)"),
    /** Femoroacetabular impingement consensus. */
    WARWICK_2016("Warwick agreement on femoroacetabular impingement syndrome (Br J Sports Med 2016)"),
    /** Hip osteoarthritis guideline. */
    JOSPT_HIP_OA_2017("Hip Pain and Mobility Deficits: Hip Osteoarthritis, clinical practice guideline (JOSPT 2017)"),
    /** Femoral neck stress fractures. */
    ROBERTSON_WOOD_2017("Robertson & Wood, Femoral Neck Stress Fractures in Sport (Sports Med Int Open 2017)"),
    /** Slipped capital femoral epiphysis. */
    PECK_2017("Peck, Slipped Capital Femoral Epiphysis: Diagnosis and Management (Am Fam Physician 2017)"),
    /** Return to running after childbirth. */
    GOOM_2019("Goom, Donnelly & Brockwell, Returning to running postnatal: guidelines for medical, health and fitness professionals (2019)"),
    /** Pain-monitoring model for tendon loading. */
    SILBERNAGEL_2007("Silbernagel et al., Continued sports activity using a pain-monitoring model during rehabilitation of Achilles tendinopathy (Am J Sports Med 2007)"),
    /** Training load and overuse injury. */
    NIELSEN_2014("Nielsen et al., Excessive progression in weekly running distance and risk of running-related injuries (JOSPT 2014)"),
    /** The 10 % rule trial. */
    BUIST_2008("Buist et al., No effect of a graded training program on the number of running-related injuries in novice runners (Am J Sports Med 2008)"),
    /** Hip fracture guideline. */
    NICE_CG124("NICE clinical guideline CG124: Hip fracture: management (2011, updated 2023)"),
    /** Venous thromboembolism guideline. */
    NICE_NG158("NICE guideline NG158: Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (2020)"),
    /** Ectopic pregnancy guideline. */
    NICE_NG126("NICE guideline NG126: Ectopic pregnancy and miscarriage: diagnosis and initial management (2019)"),
    /** NSAID prescribing. */
    NICE_CKS_NSAIDS("NICE Clinical Knowledge Summary: NSAIDs, prescribing issues"),
    /** Relative energy deficiency in sport. */
    MOUNTJOY_2023("Mountjoy et al., 2023 International Olympic Committee consensus statement on Relative Energy Deficiency in Sport (REDs) (Br J Sports Med 2023)"),
    /** Groin hernia guideline. */
    HERNIASURGE_2018("HerniaSurge Group, International guidelines for groin hernia management (Hernia 2018)"),
    /** Hamstring injuries. */
    AHMAD_2013("Ahmad et al., Evaluation and management of hamstring injuries (Am J Sports Med 2013)"),
    /** Osteonecrosis of the femoral head. */
    MONT_2020("Mont et al., Nontraumatic osteonecrosis of the femoral head: where do we stand today? (J Bone Joint Surg Am 2020)"),
    /** Body-mass index cut-offs for overweight in children (IOTF). */
    COLE_2000("Cole, Bellizzi, Flegal & Dietz, Establishing a standard definition for child overweight and obesity worldwide: international survey (BMJ 2000)"),
    /** Red flags and urgency levels as screening practice teaches them. */
    RED_FLAG_SCREENING("Red-flag screening for serious pathology and urgency dispositions (hip-triage clinical notes: NHS 111 and Infermedica triage levels)"),
    /** A choice the project made where no trial settles it. */
    CONVENTION("hip-triage convention (no trial settles this; a clinical convention)");

    private final String title;

    Source(String title) {
        this.title = title;
    }

    /** The title of the source. */
    public String title() {
        return title;
    }

    /** True for the five source articles, which a report cites by key. */
    public boolean isArticle() {
        return name().length() == 2 && name().charAt(0) == 'S';
    }

    /** How a report cites the source: the key for an article, the title for a guideline. */
    public String citation() {
        return isArticle() ? name() : title;
    }

    /** The source with this key, if any. */
    public static Optional<Source> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.name().equals(key.trim())).findFirst();
    }
}
