// The recognizer's data as modules, for Node (the CLI, the tests, the scripts): imported once for
// its effect, before the first recognition. The worker fetches the same files instead (assets.ts).
import lexicon from '../../../../assets/model/lexicon.json';
import model from '../../../../assets/model/ner-model.json';
import towns from '../../../../assets/gazetteer/towns.json';
import { provideEntityAssets } from './assets';

provideEntityAssets({ lexicon, model, towns });
