// The recognizer's data files under assets/, which the build copies to the package's recognizer/
// folder (by their base names) for the worker to fetch (src/background/recognizer-assets.ts).
export const RECOGNIZER_ASSETS = ['model/lexicon.json', 'model/ner-model.json', 'gazetteer/towns.json'];
