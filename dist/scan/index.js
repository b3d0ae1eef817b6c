import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__undici_unbundled_js_bbb32741__ from "./undici-unbundled.js";
/******/ var __webpack_modules__ = ({

/***/ 7712:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(5131)
const { safeRe: re, t } = __nccwpck_require__(6102)
const cmp = __nccwpck_require__(9647)
const debug = __nccwpck_require__(1736)
const SemVer = __nccwpck_require__(6644)
const Range = __nccwpck_require__(4535)


/***/ }),

/***/ 4535:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1018)
const cache = new LRU()

const parseOptions = __nccwpck_require__(5131)
const Comparator = __nccwpck_require__(7712)
const debug = __nccwpck_require__(1736)
const SemVer = __nccwpck_require__(6644)
const trimComparatorWhitespace = __nccwpck_require__(3316)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(6102)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(9962)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 6644:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1736)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(9962)
const { safeRe: re, t } = __nccwpck_require__(6102)

const parseOptions = __nccwpck_require__(5131)
const { compareIdentifiers } = __nccwpck_require__(3411)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 3590:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(2080)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 9647:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(273)
const neq = __nccwpck_require__(2991)
const gt = __nccwpck_require__(3740)
const gte = __nccwpck_require__(6297)
const lt = __nccwpck_require__(2115)
const lte = __nccwpck_require__(9824)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 6141:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const parse = __nccwpck_require__(2080)
const { safeRe: re, t } = __nccwpck_require__(6102)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 2237:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 9539:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 1136:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 3496:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(2080)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 273:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 3740:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 6297:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 1999:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 2115:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 9824:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 474:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2430:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 2991:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 2080:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 9629:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 6593:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(2080)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 4018:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 1749:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(2237)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 6326:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(4535)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 5783:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(2237)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 7537:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(2080)
const constants = __nccwpck_require__(9962)
const SemVer = __nccwpck_require__(6644)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 3769:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(2080)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 885:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(6102)
const constants = __nccwpck_require__(9962)
const SemVer = __nccwpck_require__(6644)
const identifiers = __nccwpck_require__(3411)
const parse = __nccwpck_require__(2080)
const valid = __nccwpck_require__(3769)
const clean = __nccwpck_require__(3590)
const inc = __nccwpck_require__(1999)
const diff = __nccwpck_require__(3496)
const major = __nccwpck_require__(474)
const minor = __nccwpck_require__(2430)
const patch = __nccwpck_require__(9629)
const prerelease = __nccwpck_require__(6593)
const compare = __nccwpck_require__(1136)
const rcompare = __nccwpck_require__(4018)
const compareLoose = __nccwpck_require__(9539)
const compareBuild = __nccwpck_require__(2237)
const sort = __nccwpck_require__(5783)
const rsort = __nccwpck_require__(1749)
const gt = __nccwpck_require__(3740)
const lt = __nccwpck_require__(2115)
const eq = __nccwpck_require__(273)
const neq = __nccwpck_require__(2991)
const gte = __nccwpck_require__(6297)
const lte = __nccwpck_require__(9824)
const cmp = __nccwpck_require__(9647)
const coerce = __nccwpck_require__(6141)
const truncate = __nccwpck_require__(7537)
const Comparator = __nccwpck_require__(7712)
const Range = __nccwpck_require__(4535)
const satisfies = __nccwpck_require__(6326)
const toComparators = __nccwpck_require__(7583)
const maxSatisfying = __nccwpck_require__(3036)
const minSatisfying = __nccwpck_require__(7534)
const minVersion = __nccwpck_require__(9725)
const validRange = __nccwpck_require__(9282)
const outside = __nccwpck_require__(9955)
const gtr = __nccwpck_require__(2915)
const ltr = __nccwpck_require__(1102)
const intersects = __nccwpck_require__(7116)
const simplifyRange = __nccwpck_require__(6077)
const subset = __nccwpck_require__(1880)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 9962:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1736:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3411:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1018:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 5131:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 6102:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(9962)
const debug = __nccwpck_require__(1736)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 3316:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(9962)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2915:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(9955)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 7116:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(4535)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 1102:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(9955)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3036:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const Range = __nccwpck_require__(4535)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 7534:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const Range = __nccwpck_require__(4535)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 9725:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const Range = __nccwpck_require__(4535)
const gt = __nccwpck_require__(3740)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 9955:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const Comparator = __nccwpck_require__(7712)
const { ANY } = Comparator
const Range = __nccwpck_require__(4535)
const satisfies = __nccwpck_require__(6326)
const gt = __nccwpck_require__(3740)
const lt = __nccwpck_require__(2115)
const lte = __nccwpck_require__(9824)
const gte = __nccwpck_require__(6297)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 6077:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(6326)
const compare = __nccwpck_require__(1136)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1880:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(4535)
const Comparator = __nccwpck_require__(7712)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(6326)
const compare = __nccwpck_require__(1136)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 7583:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(4535)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 9282:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(4535)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 3131:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4644);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(922);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2159);



await (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(() => (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getInputs */ .GP)()));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ getInputs)
/* harmony export */ });
/* unused harmony exports SCANNERS, FAIL_ON, ENGINES, FORMATS, MAX_IGNORE_FILES, isYamlFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4644);
/* harmony import */ var _scs_findings__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5456);
/* harmony import */ var _scs_oci__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5534);





const SCANNERS = ['vuln', 'secret', 'misconfig', 'license'];
const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'];
const ENGINES = ['trivy', 'grype'];
const FORMATS = ['json', 'sarif', 'cyclonedx', 'cosign-vuln'];
function autoScanners(kind) {
    switch (kind) {
        case 'image':
        case 'archive':
            return ['vuln', 'secret'];
        case 'path':
            return ['vuln', 'secret', 'misconfig'];
        case 'sbom':
            return ['vuln'];
    }
}
function getInputs(env = process.env) {
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const runnerTemp = env.RUNNER_TEMP || node_path__WEBPACK_IMPORTED_MODULE_0__.join(workspace, '..', '_temp');
    const scanner = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('scanner', ENGINES);
    const { target, platform } = readTarget(workspace);
    const scanners = readScanners(scanner, target);
    const toolConfiguration = readToolConfiguration(scanner, workspace);
    const severities = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getList */ .vS)('severities', _scs_findings__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC);
    if (severities.length === 0) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`severities\` must list at least one of ${_scs_findings__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.join(', ')}.`);
    }
    const mirror = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getUrl */ .ID)('tools-mirror');
    const reporting = readReporting(workspace, runnerTemp);
    if (platform.kind === 'all' && (reporting.baseline || reporting.baselineAuto)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `baseline` compares one report; with `platform: all` there is one report per platform. Name one platform, or remove `baseline`.');
    }
    const registryLogin = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getRegistryLogin */ .RY)();
    if (registryLogin && target.kind !== 'image') {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Inputs `registry-username` and `registry-password` are for pulling `image` from a registry; remove them for this target.');
    }
    return {
        scanner,
        target,
        platform,
        scanners,
        failOn: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('fail-on', FAIL_ON),
        onlyFixed: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)('only-fixed'),
        ...toolConfiguration,
        vex: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getList */ .vS)('vex').map((file) => (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .validatePath */ .iQ)('vex', file, { base: workspace, mustExist: 'file' })),
        severities,
        trivy: { ...(0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getToolInputs */ .Ax)('trivy'), mirror },
        grype: { ...(0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getToolInputs */ .Ax)('grype'), mirror },
        db: readDbInputs(scanner),
        ...reporting,
        timeoutMinutes: Number((0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('timeout', {
            required: true,
            pattern: /^[1-9]\d{0,3}$/,
            patternDescription: 'a whole number of minutes between 1 and 9999',
        })),
        githubToken: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getSecret */ .r6)('github-token'),
        registryLogin,
        workspace,
    };
}
/** `image`, `image-archive`, `sbom` or `path` (exactly one), `image-source` and `platform`. */
function readTarget(workspace) {
    const image = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('image', { maxLength: 512 });
    const pathInput = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('path', { maxLength: 1024 });
    const sbomInput = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('sbom', { maxLength: 1024 });
    const archiveInput = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('image-archive', { maxLength: 1024 });
    const imageSource = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('image-source', ['registry', 'daemon']);
    const platform = (0,_scs_oci__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatformInput */ .fB)('platform', (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('platform', { maxLength: 100 }));
    // `path` defaults to '.', so it counts as chosen only when it says something else.
    const chosen = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .exactlyOne */ .BK)({ image, 'image-archive': archiveInput, sbom: sbomInput, path: pathInput === '.' ? '' : pathInput }, 'path');
    if (imageSource === 'daemon' && chosen !== 'image') {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `image-source`: daemon reads `image` from the local Docker daemon; set `image`, or leave image-source at registry.');
    }
    if (platform.kind !== 'none' && chosen !== 'image') {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `platform` picks a platform of `image` (an image index in a registry); remove it for this target.');
    }
    if (platform.kind === 'all' && imageSource === 'daemon') {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `platform`: all reads the image index from the registry; a Docker daemon holds one platform. Name it (os/arch), or use image-source: registry.');
    }
    if (chosen === 'image') {
        const target = {
            kind: 'image',
            image: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .validateImageReference */ .XX)('image', image),
            ...(imageSource === 'daemon' ? { daemon: true } : {}),
            ...(platform.kind === 'one' ? { platform: (0,_scs_oci__WEBPACK_IMPORTED_MODULE_3__/* .platformName */ .$r)(platform.platform) } : {}),
        };
        return { target, platform };
    }
    if (chosen === 'image-archive') {
        const archive = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .validateImageArchive */ .wo)('image-archive', archiveInput, workspace, 'Use `path` to scan a directory.');
        return { target: { kind: 'archive', archive }, platform };
    }
    if (chosen === 'sbom') {
        return {
            target: { kind: 'sbom', sbom: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .validatePath */ .iQ)('sbom', sbomInput, { base: workspace, mustExist: 'file' }) },
            platform,
        };
    }
    const resolved = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .validatePath */ .iQ)('path', pathInput || '.', { base: workspace, mustExist: 'any' });
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(workspace, resolved).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return { target: { kind: 'path', path: resolved, relative }, platform };
}
/** `scanners` (auto follows the target), checked against what the engine and the target can do. */
function readScanners(scanner, target) {
    const scannerList = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getList */ .vS)('scanners');
    const auto = scannerList.length === 0 || (scannerList.length === 1 && scannerList[0].toLowerCase() === 'auto');
    let scanners;
    if (auto) {
        scanners = autoScanners(target.kind);
    }
    else {
        scanners = scannerList.map((item) => {
            const name = item.toLowerCase() === 'config' ? 'misconfig' : item.toLowerCase();
            if (!SCANNERS.includes(name)) {
                throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`scanners\` accepts auto or any of ${SCANNERS.join(', ')}; got '${item.slice(0, 80)}'.`);
            }
            return name;
        });
        scanners = [...new Set(scanners)];
    }
    if (target.kind === 'sbom' && scanners.some((s) => s === 'secret' || s === 'misconfig')) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `scanners`: an SBOM can only be scanned for vuln and license findings.');
    }
    if (scanner !== 'grype')
        return scanners;
    // Grype finds vulnerabilities only: `auto` means exactly that; asking for more is a mistake to point out.
    const others = auto ? [] : scanners.filter((s) => s !== 'vuln');
    if (others.length > 0) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`scanners\`: Grype finds vulnerabilities only; use scanner: trivy for ${others.join(', ')}.`);
    }
    if (target.kind === 'archive' && target.archive.layout === 'unknown') {
        // Grype needs the source type; Trivy reads compressed archives by itself.
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `image-archive`: Grype needs an uncompressed docker-archive (docker save) or OCI archive, or an OCI layout directory; this file is neither (a compressed tarball?). Decompress it, or use scanner: trivy.');
    }
    return ['vuln'];
}
/**
 * Only files the workflow names: a .trivyignore or .grype.yaml that merely exists in the
 * checkout is pull-request content and is not read (see "Tool configuration" in the README).
 */
function readToolConfiguration(scanner, workspace) {
    const ignoreFiles = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getList */ .vS)('ignore-file').map((file) => (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .validatePath */ .iQ)('ignore-file', file, { base: workspace, mustExist: 'file' }));
    if (ignoreFiles.length > MAX_IGNORE_FILES) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`ignore-file\` lists ${ignoreFiles.length} files; at most ${MAX_IGNORE_FILES} are accepted.`);
    }
    if (scanner === 'trivy' && ignoreFiles.length > 1 && ignoreFiles.some(isYamlFile)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `ignore-file`: Trivy reads one .trivyignore.yaml, or any number of plain .trivyignore files (merged); list several plain files, or one YAML file.');
    }
    const trivyConfig = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)('trivy-config', { base: workspace, mustExist: 'file' });
    const trivySecretConfig = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)('trivy-secret-config', { base: workspace, mustExist: 'file' });
    const grypeConfig = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)('grype-config', { base: workspace, mustExist: 'file' });
    const other = scanner === 'grype'
        ? { 'trivy-config': trivyConfig, 'trivy-secret-config': trivySecretConfig }
        : { 'grype-config': grypeConfig };
    for (const [name, value] of Object.entries(other)) {
        if (value)
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${name}\` has no effect with \`scanner: ${scanner}\`; remove it or change \`scanner\`.`);
    }
    return {
        ignoreFiles,
        trivyConfig,
        trivySecretConfig,
        grypeConfig,
        skipDirs: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getSkipPatterns */ .hL)('skip-dirs'),
        skipFiles: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getSkipPatterns */ .hL)('skip-files'),
    };
}
/** Where the engine's vulnerability DB comes from, and how old it may be. */
function readDbInputs(scanner) {
    const db = {
        trivyRepositories: ociRepositories('db-repository'),
        javaRepositories: ociRepositories('java-db-repository'),
        checksRepositories: checksBundleRepositories(),
        grypeUrl: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getUrl */ .ID)('grype-db-url'),
        maxAgeHours: Number((0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('db-max-age', {
            required: true,
            pattern: /^[1-9]\d{0,5}$/,
            patternDescription: 'a whole number of hours',
        })),
        stale: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('db-stale', ['fail', 'warn']),
        cache: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('db-cache', ['auto', 'true', 'false']),
    };
    if (scanner === 'trivy' && db.trivyRepositories.length === 0) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `db-repository` must name at least one OCI repository, such as ghcr.io/aquasecurity/trivy-db:2.');
    }
    if (scanner === 'grype' && !db.grypeUrl) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Input `grype-db-url` must be the URL of Grype's DB listing.");
    }
    return db;
}
/** Where the reports go, which are written, the baseline, and the GitHub channels. */
function readReporting(workspace, runnerTemp) {
    const outputDir = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)('output-dir', { base: workspace, alsoWithin: [runnerTemp] }) || node_path__WEBPACK_IMPORTED_MODULE_0__.join(runnerTemp, 'supply-chain-scan');
    const formats = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getList */ .vS)('formats', FORMATS);
    const baselineAuto = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('baseline', { maxLength: 1024 }) === 'auto';
    const baseline = baselineAuto ? '' : getBaselineFile(workspace, runnerTemp);
    const failOnNewOnly = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)('fail-on-new-only');
    if (failOnNewOnly && !baseline && !baselineAuto) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `fail-on-new-only` needs `baseline`: without a previous report every finding is new.');
    }
    const checkRun = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)('check-run');
    const prComment = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)('pr-comment');
    const uploadSarif = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)('upload-sarif');
    const sarifCategory = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('sarif-category', {
        maxLength: 200,
        pattern: /^[A-Za-z0-9][A-Za-z0-9._/-]*$/,
        patternDescription: 'letters, digits, dots, dashes, underscores and slashes',
    });
    const reportKey = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('report-key', {
        maxLength: 100,
        pattern: /^[A-Za-z0-9][A-Za-z0-9._:/@=-]*$/,
        patternDescription: 'letters, digits and . _ : / @ = -',
    });
    return {
        outputDir,
        formats: [...new Set(['json', ...formats, ...(uploadSarif ? ['sarif'] : [])])],
        baseline,
        baselineAuto,
        failOnNewOnly,
        checkRun,
        prComment,
        uploadSarif,
        sarifCategory,
        reportKey,
        annotations: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)('annotations'),
        summary: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)('summary'),
    };
}
/** `baseline` as a file; the keyword in another case is a typo, not a file name. */
function getBaselineFile(workspace, runnerTemp) {
    if ((0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('baseline', { maxLength: 1024 }).toLowerCase() === 'auto') {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Input `baseline` must be `auto` (in lower case) for the default branch's last report, or a report file; write ./auto for a file of that name.");
    }
    return (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)('baseline', { base: workspace, mustExist: 'file', alsoWithin: [runnerTemp] });
}
const MAX_IGNORE_FILES = 20;
/** Trivy tells its YAML ignore format from the file name. */
function isYamlFile(file) {
    return /\.ya?ml$/i.test(file);
}
/** OCI repository references with a tag: host[:port]/path:tag. */
const OCI_REPOSITORY = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+:[\w][\w.-]{0,127}$/;
/** `checks-bundle-repository`: `embedded`, or OCI repositories (at least one). */
function checksBundleRepositories() {
    const name = 'checks-bundle-repository';
    if ((0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)(name) === 'embedded')
        return 'embedded';
    const repositories = ociRepositories(name);
    if (repositories.length === 0) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${name}\` must be \`embedded\` or name at least one OCI repository, such as mirror.gcr.io/aquasec/trivy-checks:1.`);
    }
    return repositories;
}
function ociRepositories(name) {
    return (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getList */ .vS)(name).map((value) => {
        if (!OCI_REPOSITORY.test(value)) {
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${name}\` must list OCI repositories with a tag, such as ghcr.io/aquasecurity/trivy-db:2; got '${value.slice(0, 200)}'.`);
        }
        return value;
    });
}


/***/ }),

/***/ 2159:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: ENGINES, defaultDeps, reportFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 17 modules
var src = __nccwpck_require__(4644);
// EXTERNAL MODULE: ./packages/findings/src/index.ts + 18 modules
var findings_src = __nccwpck_require__(5456);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/oci/src/credentials.ts
/**
 * Registry credentials, in the order an action should try them:
 *
 * 1. explicit username + password given to the action;
 * 2. the runner's docker config — `$DOCKER_CONFIG/config.json`, else
 *    `~/.docker/config.json` — as `docker login` / docker/login-action
 *    leave it: `auths.<host>.auth` (base64 `user:password`),
 *    `auths.<host>.identitytoken` (an OAuth2 refresh token), or a credential
 *    helper (`credHelpers.<host>`, else `credsStore`) run as
 *    `docker-credential-<name> get` with the host on stdin;
 * 3. for ghcr.io only, a GitHub token the caller passes (GITHUB_TOKEN with
 *    `packages: read|write`).
 *
 * Nothing here logs or throws a secret: errors name the file, the host and
 * the helper, never the values. Every secret found is handed to `onSecret`
 * (wire it to `core.setSecret`) before it is used.
 */





const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_HELPER_OUTPUT = 64 * 1024;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/**
 * Spawns `command args…` without a shell, writes `input` to its stdin,
 * captures at most 64 KiB of each stream and kills it after `timeoutMs`.
 * (action-kit's runProcess has no stdin, which credential helpers need.)
 */
const spawnHelper = (command, args, input, timeoutMs, env) => new Promise((resolve, reject) => {
    let child;
    try {
        // An allow-listed environment (a helper needs its cloud SDK variables, not the action's inputs or the runner's tokens).
        const childEnv = Object.fromEntries(Object.entries(env ?? (0,src/* toolEnvironment */.uQ)(process.env, { allow: src/* REGISTRY_CLOUD_ENVIRONMENT */.iH })).filter(([key]) => !(0,src/* isSecretVariable */.tS)(key)));
        child = (0,external_node_child_process_.spawn)(command, [...args], {
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            windowsHide: true,
            env: childEnv,
        });
    }
    catch (error) {
        reject(new src/* InfrastructureError */.EN(`Could not start ${command}`, { cause: error }));
        return;
    }
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
        // Do not wait for 'close': a grandchild may hold the pipes open.
        child.stdout.destroy();
        child.stderr.destroy();
        settled = true;
        resolve({ exitCode: -1, stdout: '', stderr: '', timedOut });
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        if (stdout.length < MAX_HELPER_OUTPUT)
            stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        if (stderr.length < MAX_HELPER_OUTPUT)
            stderr += chunk;
    });
    child.stdin.on('error', () => undefined); // a helper that exits without reading stdin
    child.on('error', (error) => {
        clearTimeout(timer);
        reject(error.code === 'ENOENT'
            ? new src/* ConfigurationError */.j1(`The docker credential helper ${command} is not on PATH.`, { cause: error })
            : new src/* InfrastructureError */.EN(`Could not run ${command}: ${error.message}`, { cause: error }));
    });
    child.on('close', (code) => {
        clearTimeout(timer);
        if (!settled)
            resolve({ exitCode: code ?? -1, stdout, stderr, timedOut });
    });
    child.stdin.end(input);
});
/**
 * The key a docker config uses for a host, normalised: scheme and path
 * dropped, lower-cased, Docker Hub's many names ('https://index.docker.io/v1/',
 * 'registry-1.docker.io', 'docker.io') all 'docker.io'.
 */
function normalizeRegistryHost(key) {
    let host = key.trim().toLowerCase();
    host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
    host = host.replace(/\/.*$/, '');
    if (host === 'index.docker.io' || host === 'registry-1.docker.io' || host === 'registry.hub.docker.com')
        return 'docker.io';
    return host;
}
/** What `docker-credential-<name> get` is asked for: docker asks Docker Hub's credentials by its legacy URL. */
function helperServerUrl(registry) {
    return registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry;
}
/** The docker config file that would be read (it may not exist). */
function dockerConfigPath(options = {}) {
    const env = options.env ?? process.env;
    if (env.DOCKER_CONFIG)
        return external_node_path_.join(env.DOCKER_CONFIG, 'config.json');
    return external_node_path_.join(env.HOME || options.homedir || external_node_os_.homedir(), '.docker', 'config.json');
}
function readDockerConfig(file) {
    let text;
    try {
        const stat = external_node_fs_.statSync(file);
        if (!stat.isFile())
            return undefined;
        if (stat.size > MAX_CONFIG_BYTES)
            throw new src/* ConfigurationError */.j1(`The docker config ${file} is over ${MAX_CONFIG_BYTES} bytes; refusing to read it.`);
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        if (error instanceof src/* ConfigurationError */.j1)
            throw error;
        throw new src/* ConfigurationError */.j1(`The docker config ${file} cannot be read: ${error.message}`, {
            cause: error,
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // The parser's message may quote the file's content (credentials): say where, not what.
        throw new src/* ConfigurationError */.j1(`The docker config ${file} is not valid JSON; fix or remove it (docker login rewrites it).`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new src/* ConfigurationError */.j1(`The docker config ${file} is not a JSON object.`);
    }
    const config = parsed;
    const auths = new Map();
    if (typeof config.auths === 'object' && config.auths !== null) {
        for (const [key, value] of Object.entries(config.auths)) {
            if (typeof value !== 'object' || value === null)
                continue;
            const entry = value;
            const host = normalizeRegistryHost(key);
            // The first entry for a host wins, unless a later one holds more.
            const current = auths.get(host);
            const next = {
                ...(typeof entry.auth === 'string' && entry.auth !== '' ? { auth: entry.auth } : {}),
                ...(typeof entry.username === 'string' && entry.username !== '' ? { username: entry.username } : {}),
                ...(typeof entry.password === 'string' && entry.password !== '' ? { password: entry.password } : {}),
                ...(typeof entry.identitytoken === 'string' && entry.identitytoken !== ''
                    ? { identitytoken: entry.identitytoken }
                    : {}),
            };
            if (!current || Object.keys(current).length === 0)
                auths.set(host, next);
        }
    }
    const credHelpers = new Map();
    if (typeof config.credHelpers === 'object' && config.credHelpers !== null) {
        for (const [key, value] of Object.entries(config.credHelpers)) {
            if (typeof value === 'string' && value !== '')
                credHelpers.set(normalizeRegistryHost(key), value);
        }
    }
    return {
        auths,
        credHelpers,
        ...(typeof config.credsStore === 'string' && config.credsStore !== '' ? { credsStore: config.credsStore } : {}),
    };
}
function decodeAuth(auth, file, host) {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (!/^[A-Za-z0-9+/=\s]+$/.test(auth) || colon <= 0) {
        throw new src/* ConfigurationError */.j1(`The docker config ${file} has an unreadable \`auth\` for ${host} (expected base64 of user:password); run docker login ${host} again.`);
    }
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1).replace(/[\r\n]+$/, '') };
}
async function fromHelper(helper, registry, file, options) {
    if (!HELPER_NAME.test(helper)) {
        throw new src/* ConfigurationError */.j1(`The docker config ${file} names an invalid credential helper '${helper.slice(0, 64)}' for ${registry}.`);
    }
    const command = `docker-credential-${helper}`;
    const run = options.runHelper ?? spawnHelper;
    const helperEnv = (0,src/* toolEnvironment */.uQ)(options.env ?? process.env, { allow: src/* REGISTRY_CLOUD_ENVIRONMENT */.iH });
    const result = await run(command, ['get'], helperServerUrl(registry), options.helperTimeoutMs ?? 30_000, helperEnv);
    if (result.timedOut)
        throw new src/* InfrastructureError */.EN(`The docker credential helper ${command} did not answer for ${registry} in time.`);
    if (result.exitCode !== 0) {
        // "credentials not found in native keychain" is the protocol's "none" answer.
        if (/credentials not found/i.test(`${result.stdout}\n${result.stderr}`))
            return undefined;
        // Its output may hold anything, secrets included: not quoted.
        throw new src/* InfrastructureError */.EN(`The docker credential helper ${command} failed for ${registry} (exit code ${result.exitCode}); run docker login ${registry} again.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        throw new src/* InfrastructureError */.EN(`The docker credential helper ${command} answered for ${registry} with something that is not JSON.`);
    }
    const answer = (typeof parsed === 'object' && parsed !== null ? parsed : {});
    const username = typeof answer.Username === 'string' ? answer.Username : '';
    const secret = typeof answer.Secret === 'string' ? answer.Secret : '';
    if (secret === '')
        return undefined;
    const source = `docker credential helper ${command}`;
    // docker's convention: the user name '<token>' marks an identity (refresh) token.
    if (username === '<token>')
        return { kind: 'identity-token', token: secret, source };
    return { kind: 'basic', username, password: secret, source };
}
/**
 * Credentials from the runner's docker config: `credHelpers.<host>`, else
 * `auths.<host>` (identitytoken before auth, as docker does), else the
 * `credsStore` helper. Undefined when the file or the host is absent.
 */
function dockerConfigCredentials(options = {}) {
    return async (registry) => {
        const file = dockerConfigPath(options);
        const config = readDockerConfig(file);
        if (!config)
            return undefined;
        const host = normalizeRegistryHost(registry);
        const helper = config.credHelpers.get(host);
        if (helper)
            return fromHelper(helper, host, file, options);
        const entry = config.auths.get(host);
        const source = `docker config ${file}`;
        if (entry?.identitytoken) {
            return {
                kind: 'identity-token',
                token: entry.identitytoken,
                source,
                ...(entry.username ? { username: entry.username } : {}),
            };
        }
        if (entry?.auth)
            return { kind: 'basic', ...decodeAuth(entry.auth, file, host), source };
        if (entry?.username && entry.password)
            return { kind: 'basic', username: entry.username, password: entry.password, source };
        if (config.credsStore)
            return fromHelper(config.credsStore, host, file, options);
        return undefined;
    };
}
/**
 * The credential order an action should use: explicit, docker config,
 * GitHub token for ghcr.io. Undefined (anonymous) when none matches.
 */
function credentialChain(options) {
    const explicitUser = options.username?.trim() ?? '';
    const explicitPassword = options.password ?? '';
    if ((explicitUser === '') !== (explicitPassword === '')) {
        throw new src/* ConfigurationError */.j1('Registry credentials need both a username and a password (or neither).');
    }
    const explicitRegistry = options.registry ? normalizeRegistryHost(options.registry) : undefined;
    const docker = options.dockerConfig === false ? undefined : dockerConfigCredentials(options.dockerConfig ?? {});
    return async (registry) => {
        const host = normalizeRegistryHost(registry);
        if (explicitUser !== '' && (explicitRegistry === undefined || explicitRegistry === host)) {
            return {
                kind: 'basic',
                username: explicitUser,
                password: explicitPassword,
                source: 'the username and password given to the action',
            };
        }
        const fromDocker = docker ? await docker(host) : undefined;
        if (fromDocker)
            return fromDocker;
        if (host === 'ghcr.io' && options.githubToken) {
            return {
                kind: 'basic',
                username: options.githubActor || 'x-access-token',
                password: options.githubToken,
                source: 'the GitHub token',
            };
        }
        return undefined;
    };
}

// EXTERNAL MODULE: ./packages/oci/src/reference.ts
var src_reference = __nccwpck_require__(6768);
// EXTERNAL MODULE: ./packages/oci/src/manifest.ts
var src_manifest = __nccwpck_require__(2104);
;// CONCATENATED MODULE: ./packages/oci/src/referrers.ts
/**
 * Sigstore bundles stored next to an image as OCI 1.1 referrers, the way
 * cosign's BUNDLE_SPEC (cosign ≥ 2.4 `--new-bundle-format`) stores them:
 *
 *   { schemaVersion: 2, mediaType: image manifest,
 *     artifactType: application/vnd.dev.sigstore.bundle.v0.3+json,
 *     config: the empty descriptor (application/vnd.oci.empty.v1+json, `{}`),
 *     layers: [ the bundle JSON, media type = the bundle media type,
 *               title annotation `sha256-<hex>.sigstore.json` ],
 *     subject: the signed manifest's descriptor,
 *     annotations: dev.sigstore.bundle.content, dev.sigstore.bundle.predicateType
 *                  (DSSE only), org.opencontainers.image.created }
 *
 * Where it is listed:
 * - a registry with the referrers API (`GET /v2/<repo>/referrers/<digest>`
 *   answers an image index; a manifest PUT with a subject is answered with
 *   `OCI-Subject`) indexes it itself;
 * - otherwise the OCI "referrers tag schema": the tag `sha256-<hex>` of the
 *   subject holds an image index whose entries are the referrers'
 *   descriptors, each with the referrer's artifactType and annotations. We
 *   read-modify-write it, never duplicating an entry, and re-read after the
 *   write so a concurrent writer that dropped our entry makes us merge again
 *   (bounded).
 *
 * Checked against Debian's docker-registry 2.8 (distribution v2.8): it has
 * no referrers API (`/v2/<repo>/referrers/…` → 404 "404 page not found",
 * plain text, no OCI-Subject on PUT) and it stores image manifests carrying
 * `subject` and `artifactType` with the empty config media type unchanged
 * (its schema2 handler ignores fields it does not know, and it does not
 * require the subject to exist). It refuses an index that lists a manifest
 * it does not hold (MANIFEST_BLOB_UNKNOWN), so the referrer is pushed before
 * the tag index that lists it. It answers HEAD/GET of an index tag with 404
 * unless the Accept header names the index media type.
 */



const BUNDLE_ANNOTATIONS = {
    content: 'dev.sigstore.bundle.content',
    predicateType: 'dev.sigstore.bundle.predicateType',
    created: 'org.opencontainers.image.created',
};
/** RFC 3339 in whole seconds, UTC ("2026-11-26T17:38:07Z"), as cosign writes it. */
function formatCreated(created) {
    const date = typeof created === 'string' ? new Date(created) : created;
    if (Number.isNaN(date.getTime()))
        throw new src/* ConfigurationError */.j1(`'${String(created).slice(0, 60)}' is not a valid time for org.opencontainers.image.created.`);
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * The referrer manifest for one Sigstore bundle (pure; byte-for-byte
 * deterministic: fixed key order, annotations sorted by key).
 */
function buildBundleReferrer(input) {
    const bundleMediaType = input.bundleMediaType ?? src_manifest/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib;
    if (!src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(input.subject.digest))
        throw new src/* ConfigurationError */.j1(`The subject digest '${input.subject.digest.slice(0, 80)}' is not a sha256 digest.`);
    if (input.content === 'dsse-envelope' && !input.predicateType) {
        throw new src/* ConfigurationError */.j1('A DSSE bundle referrer needs its predicate type (dev.sigstore.bundle.predicateType).');
    }
    if (input.content === 'message-signature' && input.predicateType) {
        throw new src/* ConfigurationError */.j1('A message-signature bundle has no predicate type.');
    }
    if (input.bundle.length === 0)
        throw new src/* ConfigurationError */.j1('The bundle is empty.');
    const layerDigest = (0,src_manifest/* sha256Digest */.sI)(input.bundle);
    // The optional layer title of BUNDLE_SPEC: a file name for `oras pull` and friends.
    const layer = {
        mediaType: bundleMediaType,
        digest: layerDigest,
        size: input.bundle.length,
        annotations: { 'org.opencontainers.image.title': `${layerDigest.replace(':', '-')}.sigstore.json` },
    };
    const annotations = {
        [BUNDLE_ANNOTATIONS.content]: input.content,
        ...(input.predicateType ? { [BUNDLE_ANNOTATIONS.predicateType]: input.predicateType } : {}),
        [BUNDLE_ANNOTATIONS.created]: formatCreated(input.created),
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: src_manifest/* OCI_MEDIA_TYPES */.vQ.manifest,
        artifactType: bundleMediaType,
        config: { ...src_manifest/* EMPTY_CONFIG_DESCRIPTOR */.dh },
        layers: [layer],
        subject: { mediaType: input.subject.mediaType, digest: input.subject.digest, size: input.subject.size },
        annotations,
    };
    const bytes = (0,src_manifest/* serializeManifest */.MZ)(manifest);
    const digest = (0,src_manifest/* sha256Digest */.sI)(bytes);
    return {
        manifest,
        bytes,
        digest,
        size: bytes.length,
        descriptor: (0,src_manifest/* canonicalDescriptor */.C_)({
            mediaType: src_manifest/* OCI_MEDIA_TYPES */.vQ.manifest,
            artifactType: bundleMediaType,
            digest,
            size: bytes.length,
            annotations,
        }),
        layer,
        config: { ...src_manifest/* EMPTY_CONFIG_DESCRIPTOR */.dh },
    };
}
/**
 * Adds `entry` to a referrers tag index (pure). Entries already there are
 * kept as they are (other tools' referrers too); an entry with the same
 * digest is not added again (`changed: false`).
 */
function mergeReferrersIndex(existing, entry) {
    const manifests = existing ? [...existing.manifests] : [];
    if (manifests.some((m) => m.digest === entry.digest)) {
        return { index: existing ?? { schemaVersion: 2, mediaType: src_manifest/* OCI_MEDIA_TYPES */.vQ.index, manifests }, changed: false };
    }
    manifests.push((0,src_manifest/* canonicalDescriptor */.C_)(entry));
    return {
        index: {
            schemaVersion: 2,
            mediaType: src_manifest/* OCI_MEDIA_TYPES */.vQ.index,
            manifests,
            ...(existing?.annotations ? { annotations: existing.annotations } : {}),
        },
        changed: true,
    };
}
const MAX_REFERRER_PAGES = 50;
const MAX_IDEMPOTENCY_CHECKS = 50;
function parseNextLink(header, base) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const match = /<([^>]*)>\s*;\s*rel="?next"?/i.exec(part);
        if (match) {
            const next = new URL(match[1], base);
            const origin = new URL(base).origin;
            // Pagination stays on the registry: a Link elsewhere is not followed with our credentials.
            if (next.origin !== origin)
                throw new src/* InfrastructureError */.EN(`the referrers API's next page ${(0,src/* displayUrl */.Qy)(next.href)} is on another host; refused`);
            return next.href;
        }
    }
    return undefined;
}
/**
 * Referrers of `subjectDigest` through the referrers API, or undefined when
 * the registry has none (404/405/501 at the endpoint, or a non-index answer).
 * Follows the `Link: <…>; rel="next"` pagination.
 */
async function referrersFromApi(client, ref, subjectDigest, artifactType) {
    let url = client.url(ref, 'referrers', subjectDigest);
    if (artifactType)
        url += `?artifactType=${encodeURIComponent(artifactType)}`;
    const out = [];
    for (let page = 0; url; page++) {
        if (page >= MAX_REFERRER_PAGES)
            throw new src/* InfrastructureError */.EN(`${ref.name}: more than ${MAX_REFERRER_PAGES} pages of referrers for ${subjectDigest}; refused`);
        const answer = await client.getRaw(ref, url, src_manifest/* INDEX_ACCEPT */.kJ);
        if (page === 0 && (answer.status === 404 || answer.status === 405 || answer.status === 501))
            return undefined;
        if (answer.status !== 200) {
            throw new src/* HttpRequestError */.Ci(`GET ${(0,src/* displayUrl */.Qy)(url)}: HTTP ${answer.status} (referrers API)`, (0,src/* displayUrl */.Qy)(url), answer.status, false);
        }
        const contentType = (answer.headers.get('content-type') ?? '').split(';')[0].trim();
        if (page === 0 && !(0,src_manifest/* isIndexMediaType */.$$)(contentType) && !answer.bytes.toString('utf8').includes('"manifests"'))
            return undefined;
        const { index } = (0,src_manifest/* parseOciIndex */.ri)(answer.bytes, contentType || src_manifest/* OCI_MEDIA_TYPES */.vQ.index, `GET ${(0,src/* displayUrl */.Qy)(url)}`);
        out.push(...index.manifests);
        url = parseNextLink(answer.headers.get('link'), url);
    }
    return out;
}
/** The referrers tag index of `subjectDigest` and its digest, or undefined when the tag does not exist. */
async function readReferrersTagIndex(client, ref, subjectDigest) {
    const tag = (0,src_reference/* referrersTag */.LN)(subjectDigest);
    const url = client.url(ref, 'manifests', tag);
    const answer = await client.getRaw(ref, url, [src_manifest/* OCI_MEDIA_TYPES */.vQ.index, src_manifest/* OCI_MEDIA_TYPES */.vQ.manifest].join(', '));
    if (answer.status === 404)
        return undefined;
    if (answer.status !== 200)
        throw new src/* HttpRequestError */.Ci(`GET ${(0,src/* displayUrl */.Qy)(url)}: HTTP ${answer.status}`, (0,src/* displayUrl */.Qy)(url), answer.status, false);
    const contentType = (answer.headers.get('content-type') ?? '').split(';')[0].trim();
    let index;
    try {
        index = (0,src_manifest/* parseOciIndex */.ri)(answer.bytes, contentType, `GET ${(0,src/* displayUrl */.Qy)(url)}`).index;
    }
    catch (error) {
        throw new src/* InfrastructureError */.EN(`${ref.name}: the tag ${tag} exists but is not an image index (${contentType || 'no media type'}); it is not a referrers tag, so it is left alone`, { cause: error });
    }
    const digest = (0,src_manifest/* sha256Digest */.sI)(answer.bytes);
    const header = answer.headers.get('docker-content-digest');
    if (header && src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(header) && header !== digest) {
        throw new src/* InfrastructureError */.EN(`GET ${(0,src/* displayUrl */.Qy)(url)}: Docker-Content-Digest ${header} does not match the index's bytes (${digest}); refused`);
    }
    const etag = answer.headers.get('etag');
    return { digest, index, ...(etag ? { etag } : {}) };
}
/**
 * Lists the referrers of `subjectDigest`: the referrers API when the
 * registry has it, else the `sha256-<hex>` tag index (none when the tag does
 * not exist). `artifactType` filters (also client-side: a registry may ignore
 * the filter).
 */
async function findReferrers(client, ref, subjectDigest, options = {}) {
    if (!src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(subjectDigest))
        throw new src/* ConfigurationError */.j1(`'${subjectDigest.slice(0, 80)}' is not a sha256 digest.`);
    const filter = (list) => options.artifactType ? list.filter((d) => d.artifactType === options.artifactType) : list;
    const fromApi = await referrersFromApi(client, ref, subjectDigest, options.artifactType);
    if (fromApi)
        return { via: 'referrers-api', referrers: filter(fromApi) };
    const tagged = await readReferrersTagIndex(client, ref, subjectDigest);
    return { via: 'tag-schema', referrers: filter(tagged?.index.manifests ?? []) };
}
/** cosign's legacy signature and attestation tags next to a subject, when they exist. */
async function findLegacyCosignTags(client, ref, subjectDigest) {
    const out = {};
    for (const kind of ['sig', 'att']) {
        const tag = (0,src_reference/* legacyCosignTag */.zo)(subjectDigest, kind);
        const found = await client.manifestExists(ref, tag);
        if (found)
            out[kind] = { ...found, tag };
    }
    return out;
}
/**
 * Whether a referrer with the same bundle layer is already listed: the
 * created annotation may differ between two attaches of the same bundle, the
 * bundle bytes may not.
 */
async function findSameBundle(client, ref, listed, built) {
    if (listed.some((d) => d.digest === built.digest))
        return built.digest;
    const candidates = listed
        .filter((d) => d.artifactType === built.manifest.artifactType)
        .filter((d) => d.annotations?.[BUNDLE_ANNOTATIONS.content] === built.manifest.annotations?.[BUNDLE_ANNOTATIONS.content])
        .slice(0, MAX_IDEMPOTENCY_CHECKS);
    for (const candidate of candidates) {
        if (!src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(candidate.digest) || candidate.size > 64 * 1024)
            continue;
        try {
            const fetched = await client.getManifestBytes((0,src_reference/* referenceWithDigest */.gY)(ref, candidate.digest), candidate.digest);
            const { manifest } = (0,src_manifest/* parseOciManifest */.Ke)(fetched.bytes, fetched.mediaType, candidate.digest);
            if (manifest.layers.length === 1 &&
                manifest.layers[0].digest === built.layer.digest &&
                manifest.subject?.digest === built.manifest.subject?.digest) {
                return candidate.digest;
            }
        }
        catch (error) {
            // A listed referrer that is gone (404) or unreadable (not a manifest, wrong digest) is not ours;
            // auth, rate-limit and network failures are not hidden.
            const gone = error instanceof src/* HttpRequestError */.Ci && error.status === 404;
            const unreadable = error instanceof src/* InfrastructureError */.EN && !(error instanceof src/* HttpRequestError */.Ci);
            if (!gone && !unreadable)
                throw error;
        }
    }
    return undefined;
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Stores `referrer` (built with buildBundleReferrer) next to its subject in
 * `ref`'s repository: pushes the bundle layer, the empty config and the
 * manifest (by digest), then lists it — by the registry (referrers API) or in
 * the `sha256-<hex>` tag index. Idempotent: a referrer with the same bundle
 * already listed is reported (`alreadyPresent`) and nothing is pushed.
 */
async function pushReferrer(client, ref, referrer, content, options = {}) {
    const subject = referrer.manifest.subject;
    if (!subject)
        throw new src/* ConfigurationError */.j1('A referrer needs a subject.');
    if ((0,src_manifest/* sha256Digest */.sI)(content) !== referrer.layer.digest)
        throw new src/* ConfigurationError */.j1("The content given is not the referrer's layer (digest mismatch).");
    const log = options.log ?? (() => undefined);
    const sleep = options.sleep ?? defaultSleep;
    const random = options.random ?? Math.random;
    const location = `${ref.registry}/${ref.repository}@${referrer.digest}`;
    // Already there? (API listing or tag index, whichever the registry has.)
    const before = await findReferrers(client, ref, subject.digest, {
        ...(referrer.manifest.artifactType ? { artifactType: referrer.manifest.artifactType } : {}),
    });
    const existing = await findSameBundle(client, ref, before.referrers, referrer);
    if (existing) {
        log(`${ref.name}: the bundle ${referrer.layer.digest} is already attached to ${subject.digest} (${existing})`);
        return {
            manifestDigest: existing,
            via: before.via,
            location: `${ref.registry}/${ref.repository}@${existing}`,
            alreadyPresent: true,
        };
    }
    await client.pushBlob(ref, content, referrer.layer.mediaType);
    await client.pushBlob(ref, src_manifest/* EMPTY_CONFIG_BYTES */.pA, src_manifest/* EMPTY_CONFIG_DESCRIPTOR */.dh.mediaType);
    let pushed;
    try {
        pushed = await client.pushManifest(ref, referrer.bytes, src_manifest/* OCI_MEDIA_TYPES */.vQ.manifest);
    }
    catch (error) {
        if (error instanceof src/* HttpRequestError */.Ci && (error.status === 400 || error.status === 415)) {
            // Registries that predate image-spec 1.1 refuse `subject`/`artifactType` or the empty config media type.
            // Leaving them out would break the format every verifier (cosign included) looks for, so this is an error.
            throw new src/* InfrastructureError */.EN(`${ref.name}: the registry refused the bundle referrer manifest (${error.message}); it may not support OCI image-spec 1.1 artifacts (subject, artifactType, the empty config). Use a registry that does, e.g. ghcr.io, Docker Hub, or distribution ≥ 2.8.`, { cause: error });
        }
        throw error;
    }
    if (pushed.ociSubject !== undefined || before.via === 'referrers-api') {
        // The registry indexes referrers itself (OCI-Subject on the PUT, or an API that answered).
        if (pushed.ociSubject !== undefined && pushed.ociSubject !== subject.digest) {
            throw new src/* InfrastructureError */.EN(`${ref.name}: the registry indexed the referrer under ${pushed.ociSubject}, not ${subject.digest}`);
        }
        return { manifestDigest: referrer.digest, via: 'referrers-api', location, alreadyPresent: false };
    }
    // Referrers tag schema: read-modify-write. distribution (and most registries
    // without the referrers API) has no conditional PUT, so a writer that read
    // the index before our write can overwrite it after. We narrow that window
    // (HEAD right before the PUT; If-Match with the ETag we read, honoured by
    // registries that implement it), then verify twice: right after the write,
    // and again after a settle delay longer than another writer's read→write
    // window, merging again when our entry was dropped. Bounded; best effort
    // against a writer that stalls between its read and its write for longer
    // than the settle delay.
    const attempts = Math.max(1, options.tagIndexAttempts ?? 5);
    const settleMs = options.tagIndexSettleMs ?? 1000;
    const tag = (0,src_reference/* referrersTag */.LN)(subject.digest);
    let writes = 0;
    let settled = false;
    for (let round = 1;; round++) {
        const current = await readReferrersTagIndex(client, ref, subject.digest);
        const listed = current?.index.manifests.some((m) => m.digest === referrer.digest) ?? false;
        if (listed) {
            if (writes === 0 || settled) {
                return {
                    manifestDigest: referrer.digest,
                    via: 'tag-schema',
                    location,
                    alreadyPresent: writes === 0,
                    ...(current ? { indexDigest: current.digest } : {}),
                };
            }
            // Listed right after our write: wait out concurrent writers, then look again.
            await sleep(Math.round(settleMs * (0.75 + random() / 4)));
            settled = true;
            continue;
        }
        if (writes > 0)
            log(`${ref.name}: ${tag} was overwritten by another writer; merging again`);
        settled = false;
        if (writes >= attempts || round > attempts * 4)
            break;
        const { index } = mergeReferrersIndex(current?.index, referrer.descriptor);
        // Narrow the race: the tag must still be what we read right before the write.
        const now = await client.manifestExists(ref, tag, src_manifest/* INDEX_ACCEPT */.kJ);
        let conflict = (now?.digest ?? undefined) !== current?.digest;
        if (!conflict) {
            try {
                await client.pushManifest(ref, (0,src_manifest/* serializeIndex */.Jt)(index), src_manifest/* OCI_MEDIA_TYPES */.vQ.index, tag, current?.etag ? { ifMatch: current.etag } : {});
            }
            catch (error) {
                if (!(error instanceof src/* HttpRequestError */.Ci && error.status === 412))
                    throw error;
                conflict = true;
            }
            writes++;
        }
        if (conflict)
            log(`${ref.name}: ${tag} changed while merging (round ${round}); reading it again`);
        if (conflict || writes > 1)
            await sleep(Math.round((options.tagIndexBackoffMs ?? 250) * Math.min(writes + 1, 8) * (0.5 + random() / 2)));
    }
    throw new src/* InfrastructureError */.EN(`${ref.name}: could not list the referrer ${referrer.digest} in the tag ${tag} after ${attempts} writes: other writers kept changing it. The referrer itself is stored; run the step again.`);
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-transport.ts
/**
 * The registry client's transport: every request goes through action-kit's
 * one HTTP policy — redirects by hand (never to plain HTTP off loopback, the
 * Authorization never to another origin), deadlines (a total per request, a
 * total and an idle one per blob transfer), bodies read with a cap, and
 * 429/5xx/network errors retried with backoff, jitter and Retry-After. A 401
 * is handed to the {@link Authenticator} (registry-auth.ts) and the request
 * sent once more with what it returns.
 */


/**
 * Reads a body with a byte cap enforced while reading (action-kit's
 * http-policy); a body that breaks off is a retryable HttpRequestError, one
 * over the cap is refused at once.
 */
async function readCapped(response, maxBytes, label) {
    try {
        return await (0,src/* readCapped */.EF)(response, maxBytes, label);
    }
    catch (error) {
        if (error instanceof src/* BodyReadError */.NA)
            throw new src/* HttpRequestError */.Ci(error.message, label, response.status, true, { cause: error });
        throw error;
    }
}
/** The registry's error code and message from an error body, if it has one (bounded, for messages). */
async function registryErrorDetail(response) {
    const text = await readCapped(response, 64 * 1024, 'error body')
        .then((b) => b.toString('utf8'))
        .catch(() => '');
    try {
        const parsed = JSON.parse(text);
        const first = parsed.errors?.[0];
        // Registry text: control and invisible characters removed, bounded.
        if (first)
            return `: ${(0,src/* stripInvisible */._0)([first.code, first.message].filter(Boolean).join(' '))}`
                .slice(0, 200)
                .replace(/\s+/g, ' ');
    }
    catch {
        // not a registry error body
    }
    return '';
}
/** Counts every HTTP request sent (token requests and retries included). */
class RequestCounter {
    count = 0;
}
class RegistryTransport {
    counter;
    retry;
    log;
    userAgent;
    requestTimeoutMs;
    blobTimeoutMs;
    blobIdleTimeoutMs;
    fetchFn;
    auth;
    constructor(options, authenticator) {
        this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
        const policy = { ...src/* DEFAULT_RETRY_POLICY */.cO, jitter: 0.5, ...options.retry };
        this.log = options.log ?? (() => undefined);
        this.retry = {
            policy,
            sleep: options.sleep ?? src/* realSleep */.uk,
            log: this.log,
            ...(options.random ? { random: options.random } : {}),
        };
        this.counter = options.counter ?? new RequestCounter();
        this.userAgent = options.userAgent ?? 'scs-oci';
        this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
        this.blobTimeoutMs = options.blobTimeoutMs ?? 15 * 60_000;
        this.blobIdleTimeoutMs = options.blobIdleTimeoutMs ?? 60_000;
        this.auth = authenticator(this);
    }
    /** `<base>/v2/<repository>/<kind>/<reference>` */
    url(ref, kind, reference) {
        return `${(0,src_reference/* registryBaseUrl */.mO)(ref.apiHost)}/v2/${ref.repository}/${kind}/${reference}`;
    }
    /** One request under the policy: the request deadline, or for a blob transfer its total and idle deadlines. */
    async send(url, init, transfer = 'request') {
        this.counter.count++;
        const limits = transfer === 'blob'
            ? { timeoutMs: this.blobTimeoutMs, idleTimeoutMs: this.blobIdleTimeoutMs }
            : { timeoutMs: this.requestTimeoutMs };
        return (0,src/* fetchWithPolicy */.Vu)(this.fetchFn, url, init, undefined, limits);
    }
    headers(extra, authorization) {
        return { 'User-Agent': this.userAgent, ...extra, ...(authorization ? { Authorization: authorization } : {}) };
    }
    /**
     * One exchange with retries (429/5xx/network) and authentication (401,
     * then once more with the new Authorization). A 403 ends in a
     * RegistryAuthError. Any other status is the caller's to judge.
     */
    async exchange(exchange) {
        const attempt = () => exchange.attempt(this.auth.header(exchange.ref, exchange.access));
        let response = await (0,src/* withRetries */.LH)(exchange.label, this.retry, attempt);
        for (let round = 0; response.status === 401 && round < 3; round++) {
            const challenge = response.headers.get('www-authenticate');
            await response.body?.cancel().catch(() => undefined);
            await this.auth.authenticate(exchange, challenge, round);
            response = await (0,src/* withRetries */.LH)(exchange.label, this.retry, attempt);
        }
        if (response.status === 401 || response.status === 403)
            throw await this.auth.refused(exchange, response);
        return response;
    }
    /**
     * A plain request (one send per attempt). `consume` reads a 2xx body
     * inside the retried attempt, so a body cut short is retried too.
     */
    request(ref, method, url, options = {}) {
        const label = `${method} ${(0,src/* displayUrl */.Qy)(url)}`;
        return this.exchange({
            ref,
            access: options.access ?? 'pull',
            label,
            url,
            attempt: async (authorization) => {
                const response = await this.send(url, {
                    method,
                    headers: this.headers(options.headers ?? {}, authorization),
                    ...(options.body ? { body: options.body } : {}),
                }, options.transfer ?? 'request');
                if (response.ok && options.consume)
                    await options.consume(response);
                return response;
            },
        });
    }
    static async failure(label, url, response) {
        const detail = await registryErrorDetail(response);
        return new src/* HttpRequestError */.Ci(`${label}: HTTP ${response.status}${detail}`, (0,src/* displayUrl */.Qy)(url), response.status, false);
    }
    /** Refuses a digest other than sha256:<64 hex> before it goes into a URL. */
    checkDigest(ref, digest, what) {
        if (!src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(digest)) {
            throw new src/* InfrastructureError */.EN(`${ref.name}: unsupported ${what} digest '${digest.slice(0, 100)}' (sha256 only)`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-auth.ts
/**
 * Registry authentication: a 401 with a `Bearer` challenge is answered with
 * a token from the challenge's realm (anonymous, or with the credentials the
 * provider finds for the host; `pull,push` scope when pushing); a `Basic`
 * challenge with the credentials themselves. Tokens are cached per
 * repository and access. A credential, token or Authorization header never
 * appears in an error or a log line; `onSecret` sees each secret first.
 * 401/403 end in a RegistryAuthError that names the registry and what to
 * fix; they are not retried. Token requests go through the transport (one
 * HTTP policy).
 */



/** A 401 or 403 from a registry (or its token service): what to fix is in the message. Not retried. */
class RegistryAuthError extends src/* HttpRequestError */.Ci {
    registry;
    access;
    name = 'RegistryAuthError';
    constructor(message, url, status, 
    /** The registry host ('ghcr.io'). */
    registry, access) {
        super(message, url, status, false);
        this.registry = registry;
        this.access = access;
    }
}
/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"`; undefined for other schemes. */
function parseBearerChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*Bearer\s+(.*)$/is.exec(header);
    if (!match)
        return undefined;
    const params = {};
    const re = /([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (let m = re.exec(match[1]); m; m = re.exec(match[1])) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    }
    if (!params.realm)
        return undefined;
    return {
        realm: params.realm,
        ...(params.service ? { service: params.service } : {}),
        ...(params.scope ? { scope: params.scope } : {}),
    };
}
function isBasicChallenge(header) {
    return header !== null && /^\s*Basic\b/i.test(header);
}
/** What to do about a 401/403 at `registry`, for error messages. */
function authAdvice(registry, access, hadCredentials) {
    if (registry === 'ghcr.io') {
        return access === 'push'
            ? 'give the job `permissions: packages: write` and make sure the package lets this repository write to it (package settings → Manage Actions access), or log in with a token that has write:packages'
            : 'give the job `permissions: packages: read` (for a private package, also grant this repository access in the package settings), or log in with a token that has read:packages';
    }
    const login = `run docker login ${registry} (or docker/login-action) before this step, or pass a username and password`;
    return hadCredentials ? `check that those credentials may ${access} here; ${login}` : login;
}
class RegistryAuth {
    transport;
    credentials;
    /** Authorization per `apiHost/repository`. */
    auth = new Map();
    /** Credential look-ups per registry host (a helper runs once). */
    credentialCache = new Map();
    onSecret;
    constructor(transport, credentials, onSecret) {
        this.transport = transport;
        this.credentials = credentials;
        this.onSecret = onSecret ?? (() => undefined);
    }
    /** The error for a 401 or 403 that authentication did not cure (what to fix, never a secret). */
    async refused(exchange, response) {
        const detail = await registryErrorDetail(response);
        const state = this.auth.get(this.authKey(exchange.ref));
        const had = state !== undefined && !state.anonymous;
        return new RegistryAuthError(`${exchange.label}: HTTP ${response.status}${detail} (${exchange.access} ${response.status === 403 ? 'denied' : 'not authorised'} at ${exchange.ref.registry}): ${authAdvice(exchange.ref.registry, exchange.access, had)}`, (0,src/* displayUrl */.Qy)(exchange.url), response.status, exchange.ref.registry, exchange.access);
    }
    /** The Authorization header to send for `access`, when one is held. */
    header(ref, access) {
        return this.currentAuth(ref, access)?.header;
    }
    credentialFor(registry) {
        if (!this.credentials)
            return Promise.resolve(undefined);
        let found = this.credentialCache.get(registry);
        if (!found) {
            found = this.credentials(registry).then((credential) => {
                if (credential?.kind === 'basic')
                    this.onSecret(credential.password);
                if (credential?.kind === 'identity-token')
                    this.onSecret(credential.token);
                return credential;
            });
            this.credentialCache.set(registry, found);
        }
        return found;
    }
    authKey(ref) {
        return `${ref.apiHost}/${ref.repository}`;
    }
    currentAuth(ref, access) {
        const state = this.auth.get(this.authKey(ref));
        if (!state)
            return undefined;
        // A pull token is not enough to push: the 401 that follows asks for a push token.
        if (access === 'push' && state.access === 'pull')
            return undefined;
        return state;
    }
    async fetchToken(ref, challenge, access, credential) {
        let realm;
        try {
            realm = new URL(challenge.realm);
        }
        catch {
            throw new src/* InfrastructureError */.EN(`${ref.name}: the registry's token realm '${challenge.realm.slice(0, 200)}' is not a URL`);
        }
        if (!(realm.protocol === 'https:' || (realm.protocol === 'http:' && (0,src_reference/* isLoopbackHost */.cW)(realm.host)))) {
            throw new src/* InfrastructureError */.EN(`${ref.name}: refusing the token realm ${(0,src/* displayUrl */.Qy)(realm.href)} (HTTPS required except on loopback)`);
        }
        const scope = access === 'push'
            ? `repository:${ref.repository}:pull,push`
            : (challenge.scope ?? `repository:${ref.repository}:pull`);
        const label = `${credential?.kind === 'identity-token' ? 'POST' : 'GET'} ${(0,src/* displayUrl */.Qy)(realm.href)}`;
        const who = credential ? `with the credentials from ${credential.source}` : 'anonymously';
        this.transport.log(`${ref.name}: requesting a ${access} token from ${(0,src/* displayUrl */.Qy)(realm.href)} ${who}`);
        let init;
        if (credential?.kind === 'identity-token') {
            // docker's OAuth2 refresh-token grant.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credential.token,
                client_id: this.transport.userAgent,
                scope,
            });
            if (challenge.service)
                form.set('service', challenge.service);
            init = {
                method: 'POST',
                headers: this.transport.headers({ Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' }, undefined),
                body: form.toString(),
            };
        }
        else {
            if (challenge.service)
                realm.searchParams.set('service', challenge.service);
            realm.searchParams.set('scope', scope);
            // As docker sends it; some token services (Harbor, GitLab) key the grant on it.
            if (credential)
                realm.searchParams.set('account', credential.username);
            const basic = credential
                ? `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`
                : undefined;
            init = { method: 'GET', headers: this.transport.headers({ Accept: 'application/json' }, basic) };
        }
        const url = realm.href;
        const response = await (0,src/* withRetries */.LH)(label, this.transport.retry, () => this.transport.send(url, init));
        if (response.status === 401 || response.status === 403) {
            await response.body?.cancel().catch(() => undefined);
            const what = credential
                ? `the registry's token service refused the credentials from ${credential.source} for ${access}`
                : `the registry's token service refused an anonymous ${access} token`;
            throw new RegistryAuthError(`${label}: HTTP ${response.status} (${what}): ${authAdvice(ref.registry, access, credential !== undefined)}`, (0,src/* displayUrl */.Qy)(url), response.status, ref.registry, access);
        }
        if (!response.ok) {
            const detail = await registryErrorDetail(response);
            throw new src/* HttpRequestError */.Ci(`${label}: HTTP ${response.status}${detail} (no ${access} token)`, (0,src/* displayUrl */.Qy)(url), response.status, false);
        }
        const body = await readCapped(response, 1024 * 1024, label);
        let token;
        try {
            const parsed = JSON.parse(body.toString('utf8'));
            token = parsed.token ?? parsed.access_token;
        }
        catch {
            token = undefined;
        }
        if (typeof token !== 'string' || token === '')
            throw new src/* InfrastructureError */.EN(`${label}: the answer holds no token`);
        this.onSecret(token);
        return token;
    }
    /**
     * Answers a 401: a Bearer challenge gets a token (anonymous or with the
     * host's credentials), a Basic one the credentials. In the first round a
     * token we already hold is simply replaced (it may have expired, or lack
     * the scope); a 401 right after a fresh token or with Basic credentials
     * ends in a RegistryAuthError.
     */
    async authenticate(exchange, challengeHeader, round) {
        const { ref, access, label, url } = exchange;
        const key = this.authKey(ref);
        const previous = this.auth.get(key);
        const challenge = parseBearerChallenge(challengeHeader);
        const credential = await this.credentialFor(ref.registry);
        if (challenge) {
            const covered = previous !== undefined && (previous.access === undefined || previous.access === 'push' || access === 'pull');
            if (round > 0 && covered && !previous.anonymous) {
                throw new RegistryAuthError(`${label}: HTTP 401 (the registry refused the token it issued for ${access}): ${authAdvice(ref.registry, access, true)}`, (0,src/* displayUrl */.Qy)(url), 401, ref.registry, access);
            }
            if (round > 0 && covered && previous.anonymous && !credential) {
                throw new RegistryAuthError(`${label}: HTTP 401 with an anonymous token (${access === 'pull' ? 'the repository is not public' : 'pushing needs credentials'}; no credentials for ${ref.registry}): ${authAdvice(ref.registry, access, false)}`, (0,src/* displayUrl */.Qy)(url), 401, ref.registry, access);
            }
            this.auth.delete(key);
            const token = await this.fetchToken(ref, challenge, access, credential);
            this.auth.set(key, { header: `Bearer ${token}`, access, anonymous: credential === undefined });
            return;
        }
        if (isBasicChallenge(challengeHeader) && credential) {
            if (previous && !previous.anonymous) {
                throw new RegistryAuthError(`${label}: HTTP 401 (the registry refused the credentials from ${credential.source}): ${authAdvice(ref.registry, access, true)}`, (0,src/* displayUrl */.Qy)(url), 401, ref.registry, access);
            }
            if (credential.kind !== 'basic') {
                throw new RegistryAuthError(`${label}: HTTP 401 (the registry wants a password, but ${credential.source} holds only an identity token): ${authAdvice(ref.registry, access, true)}`, (0,src/* displayUrl */.Qy)(url), 401, ref.registry, access);
            }
            this.auth.set(key, {
                header: `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`,
                anonymous: false,
            });
            return;
        }
        throw new RegistryAuthError(`${label}: HTTP 401 (the registry wants credentials; only anonymous ${access === 'pull' ? 'pulls were' : 'access was'} possible: ${credential
            ? `it does not accept the credentials from ${credential.source}`
            : `no credentials for ${ref.registry}`}): ${authAdvice(ref.registry, access, credential !== undefined)}`, (0,src/* displayUrl */.Qy)(url), 401, ref.registry, access);
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-client.ts
/**
 * An OCI distribution client on the global `fetch`: resolve a tag to a
 * digest once, read manifests and indexes (with their platforms), read and
 * push blobs and manifests, with every digest computed locally and checked.
 *
 * This module is the content side (manifests, blobs, referrers); the
 * requests themselves go through the transport (registry-transport.ts:
 * action-kit's one HTTP policy — deadlines, retries with backoff, jitter and
 * Retry-After, redirects without downgrade or credentials across origins,
 * caps while reading) and authentication is registry-auth.ts's (token
 * exchange, credentials, what to fix on a 401/403).
 *
 * Plain HTTP for loopback registries (127.0.0.0/8, localhost, [::1]), as
 * docker and go-containerregistry do; HTTPS for every other host, token
 * realms included.
 */







const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
class RegistryClient {
    transport;
    constructor(options = {}) {
        this.transport = new RegistryTransport(options, (transport) => new RegistryAuth(transport, options.credentials, options.onSecret));
    }
    /** The shared request counter. */
    get counter() {
        return this.transport.counter;
    }
    /** Requests sent so far by this client (token requests and retries included). */
    get requests() {
        return this.transport.counter.count;
    }
    /** `<base>/v2/<repository>/<kind>/<reference>` */
    url(ref, kind, reference) {
        return this.transport.url(ref, kind, reference);
    }
    /**
     * The manifest (or index) `reference` names, as raw bytes with their
     * checked digest: by digest, the bytes must hash to it; by tag, a
     * Docker-Content-Digest header must match the bytes.
     */
    async getManifestBytes(ref, reference = ref.reference, accept = src_manifest/* MANIFEST_ACCEPT */.dY) {
        const byDigest = reference.includes(':');
        if (byDigest)
            this.transport.checkDigest(ref, reference, 'manifest');
        const url = this.transport.url(ref, 'manifests', reference);
        const label = `GET ${(0,src/* displayUrl */.Qy)(url)}`;
        let bytes = Buffer.alloc(0);
        const response = await this.transport.request(ref, 'GET', url, {
            headers: { Accept: accept },
            consume: async (r) => {
                bytes = await readCapped(r, MAX_MANIFEST_BYTES, label);
            },
        });
        if (response.status !== 200)
            throw await RegistryTransport.failure(label, url, response);
        const actual = (0,src_manifest/* sha256Digest */.sI)(bytes);
        if (byDigest && actual !== reference) {
            throw new src/* InfrastructureError */.EN(`${label}: the manifest's digest is ${actual}, not the ${reference} asked for; refused`);
        }
        const header = response.headers.get('docker-content-digest');
        if (!byDigest && header && src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(header) && header !== actual) {
            throw new src/* InfrastructureError */.EN(`${label}: Docker-Content-Digest ${header} does not match the manifest's bytes (${actual}); refused`);
        }
        let mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
        try {
            const declared = JSON.parse(bytes.toString('utf8')).mediaType;
            if (typeof declared === 'string')
                mediaType = declared;
        }
        catch {
            // parsed (and refused) by the caller
        }
        return { digest: actual, mediaType: mediaType || src_manifest/* OCI_MEDIA_TYPES */.vQ.manifest, bytes };
    }
    /**
     * A single-image manifest by digest (checked against the bytes), or by the
     * reference's tag when `digest` is undefined (the bytes' digest is
     * returned). An index is refused.
     */
    async getManifest(ref, digest) {
        if (digest !== undefined)
            this.transport.checkDigest(ref, digest, 'manifest');
        const fetched = await this.getManifestBytes(ref, digest ?? ref.reference);
        const label = `GET ${(0,src/* displayUrl */.Qy)(this.transport.url(ref, 'manifests', digest ?? ref.reference))}`;
        const { mediaType, manifest } = (0,src_manifest/* parseOciManifest */.Ke)(fetched.bytes, fetched.mediaType, label);
        return { digest: fetched.digest, mediaType, manifest, bytes: fetched.bytes };
    }
    /** An image index by digest or tag (same checks as getManifest); a single manifest is refused. */
    async getIndex(ref, reference = ref.reference) {
        const fetched = await this.getManifestBytes(ref, reference, [src_manifest/* OCI_MEDIA_TYPES */.vQ.index, src_manifest/* OCI_MEDIA_TYPES */.vQ.dockerManifestList].join(', '));
        const { mediaType, index } = (0,src_manifest/* parseOciIndex */.ri)(fetched.bytes, fetched.mediaType, `GET ${(0,src/* displayUrl */.Qy)(this.transport.url(ref, 'manifests', reference))}`);
        return { digest: fetched.digest, mediaType, index, bytes: fetched.bytes };
    }
    /**
     * HEAD of manifest `reference`: what the registry's headers say (each
     * field only when present and well-formed), or undefined on 404. Any other
     * non-200 status is an error; a 405 (HEAD not allowed) gives `{}`.
     */
    async headManifest(ref, reference = ref.reference, accept = src_manifest/* MANIFEST_ACCEPT */.dY) {
        const url = this.transport.url(ref, 'manifests', reference);
        const label = `HEAD ${(0,src/* displayUrl */.Qy)(url)}`;
        const response = await this.transport.request(ref, 'HEAD', url, { headers: { Accept: accept } });
        if (response.status === 404)
            return undefined;
        if (response.status === 405)
            return {};
        if (response.status !== 200)
            throw await RegistryTransport.failure(label, url, response);
        const digest = response.headers.get('docker-content-digest');
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
        const length = response.headers.get('content-length');
        return {
            ...(digest && src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(digest) ? { digest } : {}),
            // distribution answers HEAD for unknown things with application/json.
            ...(mediaType && mediaType !== 'application/json' ? { mediaType } : {}),
            ...(length && /^\d+$/.test(length) ? { size: Number(length) } : {}),
        };
    }
    /**
     * Resolves `ref` (its tag, or its digest to check it exists) to the
     * manifest's digest, media type and size: one HEAD; a registry whose HEAD
     * lacks Docker-Content-Digest, Content-Type or Content-Length (or does not
     * allow HEAD) costs a GET whose bytes are hashed (and returned). Throws when
     * the registry answers another digest than the one asked for. Use the digest
     * from here for everything that follows: a tag may move meanwhile.
     */
    async resolveDescriptor(ref, accept = src_manifest/* MANIFEST_ACCEPT */.dY) {
        const url = this.transport.url(ref, 'manifests', ref.reference);
        const label = `HEAD ${(0,src/* displayUrl */.Qy)(url)}`;
        const head = await this.headManifest(ref, ref.reference, accept);
        if (!head) {
            throw new src/* HttpRequestError */.Ci(`${label}: HTTP 404 (${ref.name} does not exist; check the name and tag)`, (0,src/* displayUrl */.Qy)(url), 404, false);
        }
        if (head.digest && head.mediaType && head.size !== undefined) {
            if (ref.digest && head.digest !== ref.digest)
                throw new src/* InfrastructureError */.EN(`${label}: the registry answered ${head.digest} for ${ref.digest}; refused`);
            return { digest: head.digest, mediaType: head.mediaType, size: head.size };
        }
        const fetched = await this.getManifestBytes(ref, ref.reference, accept);
        return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length, bytes: fetched.bytes };
    }
    /** resolveDescriptor without the bytes: {digest, mediaType, size}. */
    async resolveDigest(ref) {
        const { digest, mediaType, size } = await this.resolveDescriptor(ref);
        return { digest, mediaType, size };
    }
    /**
     * Resolves `ref` and, when it is an image index, lists its platform
     * manifests (the index is fetched by the digest just resolved).
     */
    async resolveImage(ref) {
        const resolved = await this.resolveDescriptor(ref);
        if (!(0,src_manifest/* isIndexMediaType */.$$)(resolved.mediaType)) {
            return {
                digest: resolved.digest,
                mediaType: resolved.mediaType,
                size: resolved.size,
                isIndex: false,
                platforms: [],
            };
        }
        let index;
        if (resolved.bytes) {
            index = (0,src_manifest/* parseOciIndex */.ri)(resolved.bytes, resolved.mediaType, ref.name).index;
        }
        else {
            index = (await this.getIndex((0,src_reference/* referenceWithDigest */.gY)(ref, resolved.digest), resolved.digest)).index;
        }
        const platforms = index.manifests
            .filter((entry) => entry.platform &&
            entry.platform.os !== 'unknown' &&
            entry.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest')
            .map((entry) => ({
            digest: entry.digest,
            mediaType: entry.mediaType,
            size: entry.size,
            platform: entry.platform,
        }));
        return { digest: resolved.digest, mediaType: resolved.mediaType, size: resolved.size, isIndex: true, platforms };
    }
    /** Whether the manifest `reference` (tag or digest) exists; its descriptor when it does (404 → undefined). */
    async manifestExists(ref, reference, accept = src_manifest/* MANIFEST_ACCEPT */.dY) {
        const head = await this.headManifest(ref, reference, accept);
        if (!head)
            return undefined;
        if (head.digest && head.mediaType && head.size !== undefined)
            return { digest: head.digest, mediaType: head.mediaType, size: head.size };
        const fetched = await this.getManifestBytes(ref, reference, accept);
        return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length };
    }
    /** Whether the repository holds blob `digest` (HEAD; 404 → false). */
    async blobExists(ref, digest, access = 'pull') {
        this.transport.checkDigest(ref, digest, 'blob');
        const url = this.transport.url(ref, 'blobs', digest);
        const response = await this.transport.request(ref, 'HEAD', url, { access });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw await RegistryTransport.failure(`HEAD ${(0,src/* displayUrl */.Qy)(url)}`, url, response);
    }
    /**
     * Opens blob `descriptor` and hands the 200 answer to `consume` inside the
     * retried attempt (a body cut short is retried when `consume` throws a
     * retryable HttpRequestError). Redirects to storage hosts are followed
     * without the registry's Authorization.
     */
    async streamBlob(ref, descriptor, consume) {
        this.transport.checkDigest(ref, descriptor.digest, 'blob');
        const url = this.transport.url(ref, 'blobs', descriptor.digest);
        const label = `GET ${(0,src/* displayUrl */.Qy)(url)}`;
        let result;
        const response = await this.transport.request(ref, 'GET', url, {
            transfer: 'blob',
            consume: async (r) => {
                result = { value: await consume(r, label, url) };
            },
        });
        if (response.status !== 200 || !result)
            throw await RegistryTransport.failure(label, url, response);
        return result.value;
    }
    /**
     * Blob `descriptor` in memory, refused unless its size and SHA-256 match
     * the descriptor. `maxBytes` (default 16 MiB) caps what is accepted, before
     * any request when the descriptor already says more.
     */
    async fetchBlob(ref, descriptor, options = {}) {
        const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
        if (descriptor.size > maxBytes) {
            throw new src/* InfrastructureError */.EN(`${ref.name}: blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${maxBytes}-byte limit; not fetched`);
        }
        return this.streamBlob(ref, descriptor, async (response, label) => {
            const bytes = await readCapped(response, descriptor.size, label);
            const actual = (0,src_manifest/* sha256Digest */.sI)(bytes);
            if (bytes.length !== descriptor.size || actual !== descriptor.digest) {
                throw new src/* InfrastructureError */.EN(`${label}: the content does not match its digest: got ${actual} (${bytes.length} bytes), expected ${descriptor.digest} (${descriptor.size} bytes); refused`);
            }
            return bytes;
        });
    }
    /**
     * Pushes `data` as a blob unless the repository has it already (HEAD):
     * POST /blobs/uploads/, then a monolithic PUT to the Location (relative or
     * absolute) with `?digest=`. The digest is computed here and compared with
     * the registry's Docker-Content-Digest. A failed upload is retried from
     * the POST. Returns the blob's descriptor.
     */
    async pushBlob(ref, data, mediaType = 'application/octet-stream') {
        const digest = (0,src_manifest/* sha256Digest */.sI)(data);
        const descriptor = { mediaType, digest, size: data.length };
        if (await this.blobExists(ref, digest, 'push')) {
            this.transport.log(`${ref.name}: blob ${digest} already there`);
            return descriptor;
        }
        const start = `${(0,src_reference/* registryBaseUrl */.mO)(ref.apiHost)}/v2/${ref.repository}/blobs/uploads/`;
        const label = `POST ${(0,src/* displayUrl */.Qy)(start)} + PUT`;
        let putUrl = start;
        const response = await this.transport.exchange({
            ref,
            access: 'push',
            label,
            url: start,
            attempt: async (authorization) => {
                const started = await this.transport.send(start, {
                    method: 'POST',
                    headers: this.transport.headers({ 'Content-Length': '0' }, authorization),
                });
                if (started.status !== 202)
                    return started;
                await started.body?.cancel().catch(() => undefined);
                const location = started.headers.get('location');
                if (!location)
                    throw new src/* HttpRequestError */.Ci(`POST ${(0,src/* displayUrl */.Qy)(start)}: HTTP 202 without a Location`, (0,src/* displayUrl */.Qy)(start), 202, false);
                const target = new URL(location, start);
                const origin = new URL(start).origin;
                if (!(target.protocol === 'https:' || (target.protocol === 'http:' && (0,src_reference/* isLoopbackHost */.cW)(target.host)))) {
                    throw new src/* HttpRequestError */.Ci(`POST ${(0,src/* displayUrl */.Qy)(start)}: refusing the upload location ${(0,src/* displayUrl */.Qy)(target.href)} (HTTPS required except on loopback)`, (0,src/* displayUrl */.Qy)(start), 202, false);
                }
                target.searchParams.set('digest', digest);
                putUrl = target.href;
                return this.transport.send(target.href, {
                    method: 'PUT',
                    headers: this.transport.headers({ 'Content-Type': 'application/octet-stream', 'Content-Length': String(data.length) }, 
                    // Upload sessions on another host (storage) do not get the registry's credentials.
                    target.origin === origin ? authorization : undefined),
                    body: data,
                }, 'blob');
            },
        });
        if (response.status !== 201 && response.status !== 204) {
            throw await RegistryTransport.failure(`PUT ${(0,src/* displayUrl */.Qy)(putUrl)} (blob upload)`, putUrl, response);
        }
        await response.body?.cancel().catch(() => undefined);
        const answered = response.headers.get('docker-content-digest');
        if (answered && answered !== digest) {
            throw new src/* InfrastructureError */.EN(`PUT ${(0,src/* displayUrl */.Qy)(putUrl)}: the registry stored ${answered} for a blob whose digest is ${digest}; refused`);
        }
        return descriptor;
    }
    /**
     * Pushes manifest `bytes` (sent as is, with `mediaType` as Content-Type)
     * under `reference`: a tag, or its own digest when undefined. The digest is
     * computed here; a registry answering another Docker-Content-Digest is an
     * error. `ifMatch` makes the write conditional on registries that support
     * it (a 412 is thrown as an HttpRequestError with status 412).
     */
    async pushManifest(ref, bytes, mediaType, reference, options = {}) {
        const digest = (0,src_manifest/* sha256Digest */.sI)(bytes);
        if (bytes.length > MAX_MANIFEST_BYTES)
            throw new src/* InfrastructureError */.EN(`${ref.name}: a ${bytes.length}-byte manifest is over the ${MAX_MANIFEST_BYTES}-byte limit`);
        const target = reference ?? digest;
        if (target.includes(':') && target !== digest) {
            throw new src/* InfrastructureError */.EN(`${ref.name}: pushing a manifest whose digest is ${digest} under ${target.slice(0, 80)}; refused`);
        }
        const url = this.transport.url(ref, 'manifests', target);
        const label = `PUT ${(0,src/* displayUrl */.Qy)(url)}`;
        const response = await this.transport.request(ref, 'PUT', url, {
            access: 'push',
            headers: { 'Content-Type': mediaType, ...(options.ifMatch ? { 'If-Match': options.ifMatch } : {}) },
            body: bytes,
        });
        if (response.status !== 201 && response.status !== 200 && response.status !== 204)
            throw await RegistryTransport.failure(label, url, response);
        await response.body?.cancel().catch(() => undefined);
        const answered = response.headers.get('docker-content-digest');
        if (answered && answered !== digest) {
            throw new src/* InfrastructureError */.EN(`${label}: the registry stored ${answered} for a manifest whose digest is ${digest}; refused`);
        }
        const location = response.headers.get('location');
        const ociSubject = response.headers.get('oci-subject');
        return {
            digest,
            mediaType,
            size: bytes.length,
            location: location ? (0,src/* displayUrl */.Qy)(new URL(location, url).href) : (0,src/* displayUrl */.Qy)(url),
            ...(ociSubject ? { ociSubject } : {}),
        };
    }
    /**
     * GET `url` (in this repository's API) for an index, returning the answer
     * for the caller to judge: used for the referrers API, whose 404 means
     * "not supported", and for pagination links.
     */
    async getRaw(ref, url, accept, maxBytes = MAX_MANIFEST_BYTES) {
        let bytes = Buffer.alloc(0);
        const label = `GET ${(0,src/* displayUrl */.Qy)(url)}`;
        const response = await this.transport.request(ref, 'GET', url, {
            headers: { Accept: accept },
            consume: async (r) => {
                bytes = await readCapped(r, maxBytes, label);
            },
        });
        if (!response.ok)
            await response.body?.cancel().catch(() => undefined);
        return { status: response.status, headers: response.headers, bytes };
    }
    /**
     * Stores a Sigstore bundle as a referrer of `subject` (cosign's
     * BUNDLE_SPEC): bundle layer, empty config, manifest; listed by the
     * registry's referrers API, else in the `sha256-<hex>` tag index.
     * Idempotent: the same bundle attached twice is one entry.
     */
    async attachReferrer(ref, subject, artifact, options = {}) {
        const built = buildBundleReferrer({ ...artifact, subject });
        return pushReferrer(this, ref, built, artifact.bundle, {
            sleep: this.transport.retry.sleep,
            log: this.transport.log,
            ...(this.transport.retry.random ? { random: this.transport.retry.random } : {}),
            ...options,
        });
    }
    /** The referrers of `subjectDigest` (referrers API, else the tag schema), optionally of one artifactType. */
    listReferrers(ref, subjectDigest, options = {}) {
        return findReferrers(this, ref, subjectDigest, options);
    }
    /** cosign's legacy `sha256-<hex>.sig` / `.att` tags of `subjectDigest`, when they exist. */
    legacyCosignTags(ref, subjectDigest) {
        return findLegacyCosignTags(this, ref, subjectDigest);
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/action-client.ts



/**
 * The registry client every action builds the same way: the credential chain
 * (the step's username and password, then docker's config and helpers, then
 * the workflow token for ghcr.io), each secret masked before use, and debug
 * lines to the action's log.
 */
function registryClientForAction(inputs, 
/** GITHUB_ACTOR: the user name that goes with the workflow token. */
actor, outlets) {
    return new RegistryClient({
        ...outlets.options,
        credentials: credentialChain({
            ...(inputs.registryUsername ? { username: inputs.registryUsername } : {}),
            ...(inputs.registryPassword ? { password: inputs.registryPassword } : {}),
            ...(inputs.githubToken ? { githubToken: inputs.githubToken } : {}),
            ...(actor ? { githubActor: actor } : {}),
        }),
        onSecret: outlets.mask,
        log: outlets.debug,
    });
}
/**
 * Resolves `image` (a tag or a digest; for an index, its platform manifests)
 * with a step's registry access: its `registry-username` / `registry-password`
 * login when given, then the docker config, then the workflow token for
 * ghcr.io. What scan and sbom use for `platform: all`.
 */
function resolveImageForAction(image, access, runtime) {
    const client = registryClientForAction({
        ...(access.registryLogin
            ? { registryUsername: access.registryLogin.username, registryPassword: access.registryLogin.password }
            : {}),
        githubToken: access.githubToken,
    }, runtime.context.actor, { mask: runtime.mask, debug: (message) => runtime.logger.debug(message) });
    return client.resolveImage((0,src_reference/* parseRegistryReference */.qq)(image, { label: 'image' }));
}

// EXTERNAL MODULE: ./packages/oci/src/platform.ts
var platform = __nccwpck_require__(5534);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(2543);
;// CONCATENATED MODULE: ./packages/tool-installer/src/http-download.ts





class DownloadHttpError extends Error {
    httpStatusCode;
    retryAfterMs;
    name = 'DownloadHttpError';
    constructor(httpStatusCode, 
    /** What the server's Retry-After asked for, in ms. */
    retryAfterMs) {
        super(`HTTP ${httpStatusCode}`);
        this.httpStatusCode = httpStatusCode;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The download did not finish in time (not retried: a slow mirror stays slow). */
class DownloadDeadlineError extends Error {
    name = 'DownloadDeadlineError';
}
/** The body is larger than any release asset this installer downloads. */
class DownloadTooLargeError extends Error {
    name = 'DownloadTooLargeError';
}
const DEFAULT_ATTEMPT_DEADLINE_MS = 10 * 60_000;
const DEFAULT_TOTAL_DEADLINE_MS = 15 * 60_000;
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024;
const RETRYABLE = (status) => status >= 500 || status === 408 || status === 429;
/** Whether a failed attempt may be retried: 5xx / 408 / 429 and network errors, never a deadline or an oversized body. */
function retryable(error) {
    if (error instanceof DownloadDeadlineError || error instanceof DownloadTooLargeError)
        return false;
    return !(error instanceof DownloadHttpError) || RETRYABLE(error.httpStatusCode);
}
/**
 * The downloader: @actions/http-client on the wire (the runner's proxy
 * settings apply), action-kit's retry loop around it (one retry policy:
 * bounded tries, exponential backoff, the total deadline as the bound of
 * every wait).
 */
function httpDownloader(options = {}) {
    const attempts = options.attempts ?? 3;
    const total = options.totalDeadlineMs ?? DEFAULT_TOTAL_DEADLINE_MS;
    const policy = {
        attempts,
        baseDelayMs: options.retryDelayMs ?? 2000,
        maxDelayMs: Number.MAX_SAFE_INTEGER,
        budgetMs: total,
    };
    return async (url, dest) => {
        const deadlineAt = Date.now() + total;
        let tries = 0;
        const end = await (0,src/* retryLoop */.rU)({ policy, sleep: options.sleep ?? src/* realSleep */.uk, ...(options.log ? { log: options.log } : {}) }, () => downloadOnce(url, dest, options, deadlineAt), async (outcome) => {
            tries += 1;
            if (!('error' in outcome))
                return { retry: false };
            await (0,promises_.rm)(dest, { force: true });
            if (!retryable(outcome.error))
                return { retry: false };
            // The server's Retry-After, else the backoff; waited only when the total deadline is still ahead after it.
            const asked = outcome.error instanceof DownloadHttpError ? outcome.error.retryAfterMs : undefined;
            const delay = asked ?? (0,src/* backoffDelay */.EY)(tries, policy);
            if (Date.now() + delay >= deadlineAt)
                return { retry: false };
            const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
            return { retry: true, why: `Download attempt ${tries} of ${attempts} failed (${message})`, waitMs: delay };
        });
        if ('error' in end.outcome)
            throw end.outcome.error;
        return dest;
    };
}
async function downloadOnce(url, dest, options, deadlineAt) {
    const total = options.totalDeadlineMs ?? DEFAULT_TOTAL_DEADLINE_MS;
    const perAttempt = options.attemptDeadlineMs ?? DEFAULT_ATTEMPT_DEADLINE_MS;
    const limitMs = Math.max(0, Math.min(perAttempt, deadlineAt - Date.now()));
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
    const client = new lib/* HttpClient */.Qq(options.userAgent ?? 'supply-chain-actions', [], {
        allowRetries: false,
        socketTimeout: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    });
    let received = 0;
    let message;
    let timer;
    const deadline = new Promise((_resolve, reject) => {
        timer = setTimeout(() => {
            const which = limitMs < perAttempt
                ? `the ${Math.round(total / 1000)} s total deadline for all attempts`
                : `the ${Math.round(perAttempt / 1000)} s deadline per attempt`;
            const error = new DownloadDeadlineError(`the download did not finish within ${which} (${received} bytes received; the mirror or the network is too slow, or stalls on purpose)`);
            message?.destroy(error);
            client.dispose();
            reject(error);
        }, limitMs);
    });
    const work = (async () => {
        const response = await client.get(url);
        message = response.message;
        const status = response.message.statusCode ?? 0;
        if (status !== 200) {
            response.message.resume();
            const retryAfter = response.message.headers['retry-after'];
            throw new DownloadHttpError(status, (0,src/* parseRetryAfter */.mu)(typeof retryAfter === 'string' ? retryAfter : undefined));
        }
        const declared = Number(response.message.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > maxBytes) {
            response.message.destroy();
            throw new DownloadTooLargeError(`the server announces ${declared} bytes, over the ${maxBytes}-byte limit for a release asset`);
        }
        response.message.on('data', (chunk) => {
            received += chunk.length;
            if (received > maxBytes)
                response.message.destroy(new DownloadTooLargeError(`more than ${maxBytes} bytes, the limit for a release asset`));
        });
        await (0,external_node_stream_promises_namespaceObject.pipeline)(response.message, external_node_fs_.createWriteStream(dest));
        if (Number.isFinite(declared) && received !== declared) {
            throw new Error(`the connection closed after ${received} of ${declared} bytes`);
        }
    })();
    work.catch(() => undefined); // settled by the race below; a late rejection after the deadline is expected
    try {
        await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
        client.dispose();
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __nccwpck_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var lib_io = __nccwpck_require__(8701);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(885);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/manifest.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





// Internal object for testability (allows mocking in ESM)
const _internal = {
    readLinuxVersionFile() {
        const lsbReleaseFile = '/etc/lsb-release';
        const osReleaseFile = '/etc/os-release';
        let contents = '';
        if (external_fs_.existsSync(lsbReleaseFile)) {
            contents = external_fs_.readFileSync(lsbReleaseFile).toString();
        }
        else if (external_fs_.existsSync(osReleaseFile)) {
            contents = external_fs_.readFileSync(osReleaseFile).toString();
        }
        return contents;
    }
};
function _findMatch(versionSpec, stable, candidates, archFilter) {
    return __awaiter(this, void 0, void 0, function* () {
        const platFilter = os.platform();
        let result;
        let match;
        let file;
        for (const candidate of candidates) {
            const version = candidate.version;
            debug(`check ${version} satisfies ${versionSpec}`);
            if (semver.satisfies(version, versionSpec) &&
                (!stable || candidate.stable === stable)) {
                file = candidate.files.find(item => {
                    debug(`${item.arch}===${archFilter} && ${item.platform}===${platFilter}`);
                    let chk = item.arch === archFilter && item.platform === platFilter;
                    if (chk && item.platform_version) {
                        const osVersion = _getOsVersion();
                        if (osVersion === item.platform_version) {
                            chk = true;
                        }
                        else {
                            chk = semver.satisfies(osVersion, item.platform_version);
                        }
                    }
                    return chk;
                });
                if (file) {
                    debug(`matched ${candidate.version}`);
                    match = candidate;
                    break;
                }
            }
        }
        if (match && file) {
            // clone since we're mutating the file list to be only the file that matches
            result = Object.assign({}, match);
            result.files = [file];
        }
        return result;
    });
}
function _getOsVersion() {
    // TODO: add windows and other linux, arm variants
    // right now filtering on version is only an ubuntu and macos scenario for tools we build for hosted (python)
    const plat = os.platform();
    let version = '';
    if (plat === 'darwin') {
        version = cp.execSync('sw_vers -productVersion').toString();
    }
    else if (plat === 'linux') {
        // lsb_release process not in some containers, readfile
        // Run cat /etc/lsb-release
        // DISTRIB_ID=Ubuntu
        // DISTRIB_RELEASE=18.04
        // DISTRIB_CODENAME=bionic
        // DISTRIB_DESCRIPTION="Ubuntu 18.04.4 LTS"
        const lsbContents = _internal.readLinuxVersionFile();
        if (lsbContents) {
            const lines = lsbContents.split('\n');
            for (const line of lines) {
                const parts = line.split('=');
                if (parts.length === 2 &&
                    (parts[0].trim() === 'VERSION_ID' ||
                        parts[0].trim() === 'DISTRIB_RELEASE')) {
                    version = parts[1].trim().replace(/^"/, '').replace(/"$/, '');
                    break;
                }
            }
        }
    }
    return version;
}
// Alias for backwards compatibility
function _readLinuxVersionFile() {
    return _internal.readLinuxVersionFile();
}
//# sourceMappingURL=manifest.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __nccwpck_require__(2203);
// EXTERNAL MODULE: external "util"
var external_util_ = __nccwpck_require__(9023);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var lib_exec = __nccwpck_require__(5781);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/retry-helper.js
var retry_helper_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

/**
 * Internal class for retries
 */
class retry_helper_RetryHelper {
    constructor(maxAttempts, minSeconds, maxSeconds) {
        if (maxAttempts < 1) {
            throw new Error('max attempts should be greater than or equal to 1');
        }
        this.maxAttempts = maxAttempts;
        this.minSeconds = Math.floor(minSeconds);
        this.maxSeconds = Math.floor(maxSeconds);
        if (this.minSeconds > this.maxSeconds) {
            throw new Error('min seconds should be less than or equal to max seconds');
        }
    }
    execute(action, isRetryable) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            let attempt = 1;
            while (attempt < this.maxAttempts) {
                // Try
                try {
                    return yield action();
                }
                catch (err) {
                    if (isRetryable && !isRetryable(err)) {
                        throw err;
                    }
                    core.info(err.message);
                }
                // Sleep
                const seconds = this.getSleepAmount();
                core.info(`Waiting ${seconds} seconds before trying again`);
                yield this.sleep(seconds);
                attempt++;
            }
            // Last attempt
            return yield action();
        });
    }
    getSleepAmount() {
        return (Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) +
            this.minSeconds);
    }
    sleep(seconds) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            return new Promise(resolve => setTimeout(resolve, seconds * 1000));
        });
    }
}
//# sourceMappingURL=retry-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js
var tool_cache_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};














class HTTPError extends Error {
    constructor(httpStatusCode) {
        super(`Unexpected HTTP response: ${httpStatusCode}`);
        this.httpStatusCode = httpStatusCode;
        Object.setPrototypeOf(this, new.target.prototype);
    }
}
const IS_WINDOWS = process.platform === 'win32';
const IS_MAC = process.platform === 'darwin';
const userAgent = 'actions/tool-cache';
/**
 * Download a tool from an url and stream it into a file
 *
 * @param url       url of tool to download
 * @param dest      path to download tool
 * @param auth      authorization header
 * @param headers   other headers
 * @returns         path to downloaded tool
 */
function downloadTool(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        dest = dest || path.join(_getTempDirectory(), crypto.randomUUID());
        yield io.mkdirP(path.dirname(dest));
        core.debug(`Downloading ${url}`);
        core.debug(`Destination ${dest}`);
        const maxAttempts = 3;
        const minSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS', 10);
        const maxSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS', 20);
        const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
        return yield retryHelper.execute(() => tool_cache_awaiter(this, void 0, void 0, function* () {
            return yield downloadToolAttempt(url, dest || '', auth, headers);
        }), (err) => {
            if (err instanceof HTTPError && err.httpStatusCode) {
                // Don't retry anything less than 500, except 408 Request Timeout and 429 Too Many Requests
                if (err.httpStatusCode < 500 &&
                    err.httpStatusCode !== 408 &&
                    err.httpStatusCode !== 429) {
                    return false;
                }
            }
            // Otherwise retry
            return true;
        });
    });
}
function downloadToolAttempt(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (fs.existsSync(dest)) {
            throw new Error(`Destination file path ${dest} already exists`);
        }
        // Get the response headers
        const http = new httpm.HttpClient(userAgent, [], {
            allowRetries: false
        });
        if (auth) {
            core.debug('set auth');
            if (headers === undefined) {
                headers = {};
            }
            headers.authorization = auth;
        }
        const response = yield http.get(url, headers);
        if (response.message.statusCode !== 200) {
            const err = new HTTPError(response.message.statusCode);
            core.debug(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
            throw err;
        }
        // Download the response body
        const pipeline = util.promisify(stream.pipeline);
        const responseMessageFactory = _getGlobal('TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY', () => response.message);
        const readStream = responseMessageFactory();
        let succeeded = false;
        try {
            yield pipeline(readStream, fs.createWriteStream(dest));
            core.debug('download complete');
            succeeded = true;
            return dest;
        }
        finally {
            // Error, delete dest before retry
            if (!succeeded) {
                core.debug('download failed');
                try {
                    yield io.rmRF(dest);
                }
                catch (err) {
                    core.debug(`Failed to delete '${dest}'. ${err.message}`);
                }
            }
        }
    });
}
/**
 * Extract a .7z file
 *
 * @param file     path to the .7z file
 * @param dest     destination directory. Optional.
 * @param _7zPath  path to 7zr.exe. Optional, for long path support. Most .7z archives do not have this
 * problem. If your .7z archive contains very long paths, you can pass the path to 7zr.exe which will
 * gracefully handle long paths. By default 7zdec.exe is used because it is a very small program and is
 * bundled with the tool lib. However it does not support long paths. 7zr.exe is the reduced command line
 * interface, it is smaller than the full command line interface, and it does support long paths. At the
 * time of this writing, it is freely available from the LZMA SDK that is available on the 7zip website.
 * Be sure to check the current license agreement. If 7zr.exe is bundled with your action, then the path
 * to 7zr.exe can be pass to this function.
 * @returns        path to the destination directory
 */
function extract7z(file, dest, _7zPath) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        ok(IS_WINDOWS, 'extract7z() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        const originalCwd = process.cwd();
        process.chdir(dest);
        if (_7zPath) {
            try {
                const logLevel = core.isDebug() ? '-bb1' : '-bb0';
                const args = [
                    'x', // eXtract files with full paths
                    logLevel, // -bb[0-3] : set output log level
                    '-bd', // disable progress indicator
                    '-sccUTF-8', // set charset for for console input/output
                    file
                ];
                const options = {
                    silent: true
                };
                yield exec(`"${_7zPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        else {
            const escapedScript = path
                .join(__dirname, '..', 'scripts', 'Invoke-7zdec.ps1')
                .replace(/'/g, "''")
                .replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
            const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const escapedTarget = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const command = `& '${escapedScript}' -Source '${escapedFile}' -Target '${escapedTarget}'`;
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                command
            ];
            const options = {
                silent: true
            };
            try {
                const powershellPath = yield io.which('powershell', true);
                yield exec(`"${powershellPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        return dest;
    });
}
/**
 * Extract a compressed tar archive
 *
 * @param file     path to the tar
 * @param dest     destination directory. Optional.
 * @param flags    flags for the tar command to use for extraction. Defaults to 'xz' (extracting gzipped tars). Optional.
 * @returns        path to the destination directory
 */
function extractTar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = 'xz') {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        // Create dest
        dest = yield _createExtractFolder(dest);
        // Determine whether GNU tar
        lib_core/* debug */.Yz('Checking tar --version');
        let versionOutput = '';
        yield (0,lib_exec/* exec */.m)('tar --version', [], {
            ignoreReturnCode: true,
            silent: true,
            listeners: {
                stdout: (data) => (versionOutput += data.toString()),
                stderr: (data) => (versionOutput += data.toString())
            }
        });
        lib_core/* debug */.Yz(versionOutput.trim());
        const isGnuTar = versionOutput.toUpperCase().includes('GNU TAR');
        // Initialize args
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        if (lib_core/* isDebug */._o() && !flags.includes('v')) {
            args.push('-v');
        }
        let destArg = dest;
        let fileArg = file;
        if (IS_WINDOWS && isGnuTar) {
            args.push('--force-local');
            destArg = dest.replace(/\\/g, '/');
            // Technically only the dest needs to have `/` but for aesthetic consistency
            // convert slashes in the file arg too.
            fileArg = file.replace(/\\/g, '/');
        }
        if (isGnuTar) {
            // Suppress warnings when using GNU tar to extract archives created by BSD tar
            args.push('--warning=no-unknown-keyword');
            args.push('--overwrite');
        }
        args.push('-C', destArg, '-f', fileArg);
        yield (0,lib_exec/* exec */.m)(`tar`, args);
        return dest;
    });
}
/**
 * Extract a xar compatible archive
 *
 * @param file     path to the archive
 * @param dest     destination directory. Optional.
 * @param flags    flags for the xar. Optional.
 * @returns        path to the destination directory
 */
function extractXar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = []) {
        ok(IS_MAC, 'extractXar() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        args.push('-x', '-C', dest, '-f', file);
        if (core.isDebug()) {
            args.push('-v');
        }
        const xarPath = yield io.which('xar', true);
        yield exec(`"${xarPath}"`, _unique(args));
        return dest;
    });
}
/**
 * Extract a zip
 *
 * @param file     path to the zip
 * @param dest     destination directory. Optional.
 * @returns        path to the destination directory
 */
function extractZip(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        dest = yield _createExtractFolder(dest);
        if (IS_WINDOWS) {
            yield extractZipWin(file, dest);
        }
        else {
            yield extractZipNix(file, dest);
        }
        return dest;
    });
}
function extractZipWin(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        // build the powershell command
        const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
        const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
        const pwshPath = yield lib_io/* which */.K7('pwsh', false);
        //To match the file overwrite behavior on nix systems, we use the overwrite = true flag for ExtractToDirectory
        //and the -Force flag for Expand-Archive as a fallback
        if (pwshPath) {
            //attempt to use pwsh with ExtractToDirectory, if this fails attempt Expand-Archive
            const pwshCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
                `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
                `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                pwshCommand
            ];
            lib_core/* debug */.Yz(`Using pwsh at path: ${pwshPath}`);
            yield (0,lib_exec/* exec */.m)(`"${pwshPath}"`, args);
        }
        else {
            const powershellCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
                `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
                `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                powershellCommand
            ];
            const powershellPath = yield lib_io/* which */.K7('powershell', true);
            lib_core/* debug */.Yz(`Using powershell at path: ${powershellPath}`);
            yield (0,lib_exec/* exec */.m)(`"${powershellPath}"`, args);
        }
    });
}
function extractZipNix(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const unzipPath = yield lib_io/* which */.K7('unzip', true);
        const args = [file];
        if (!lib_core/* isDebug */._o()) {
            args.unshift('-q');
        }
        args.unshift('-o'); //overwrite with -o, otherwise a prompt is shown which freezes the run
        yield (0,lib_exec/* exec */.m)(`"${unzipPath}"`, args, { cwd: dest });
    });
}
/**
 * Caches a directory and installs it into the tool cacheDir
 *
 * @param sourceDir    the directory to cache into tools
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheDir(sourceDir, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = node_modules_semver.clean(version) || version;
        arch = arch || external_os_.arch();
        lib_core/* debug */.Yz(`Caching tool ${tool} ${version} ${arch}`);
        lib_core/* debug */.Yz(`source dir: ${sourceDir}`);
        if (!external_fs_.statSync(sourceDir).isDirectory()) {
            throw new Error('sourceDir is not a directory');
        }
        // Create the tool dir
        const destPath = yield _createToolPath(tool, version, arch);
        // copy each child item. do not move. move can fail on Windows
        // due to anti-virus software having an open handle on a file.
        for (const itemName of external_fs_.readdirSync(sourceDir)) {
            const s = external_path_.join(sourceDir, itemName);
            yield lib_io.cp(s, destPath, { recursive: true });
        }
        // write .complete
        _completeToolPath(tool, version, arch);
        return destPath;
    });
}
/**
 * Caches a downloaded file (GUID) and installs it
 * into the tool cache with a given targetName
 *
 * @param sourceFile    the file to cache into tools.  Typically a result of downloadTool which is a guid.
 * @param targetFile    the name of the file name in the tools directory
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheFile(sourceFile, targetFile, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = semver.clean(version) || version;
        arch = arch || os.arch();
        core.debug(`Caching tool ${tool} ${version} ${arch}`);
        core.debug(`source file: ${sourceFile}`);
        if (!fs.statSync(sourceFile).isFile()) {
            throw new Error('sourceFile is not a file');
        }
        // create the tool dir
        const destFolder = yield _createToolPath(tool, version, arch);
        // copy instead of move. move can fail on Windows due to
        // anti-virus software having an open handle on a file.
        const destPath = path.join(destFolder, targetFile);
        core.debug(`destination file ${destPath}`);
        yield io.cp(sourceFile, destPath);
        // write .complete
        _completeToolPath(tool, version, arch);
        return destFolder;
    });
}
/**
 * Finds the path to a tool version in the local installed tool cache
 *
 * @param toolName      name of the tool
 * @param versionSpec   version of the tool
 * @param arch          optional arch.  defaults to arch of computer
 */
function find(toolName, versionSpec, arch) {
    if (!toolName) {
        throw new Error('toolName parameter is required');
    }
    if (!versionSpec) {
        throw new Error('versionSpec parameter is required');
    }
    arch = arch || external_os_.arch();
    // attempt to resolve an explicit version
    if (!isExplicitVersion(versionSpec)) {
        const localVersions = findAllVersions(toolName, arch);
        const match = evaluateVersions(localVersions, versionSpec);
        versionSpec = match;
    }
    // check for the explicit version in the cache
    let toolPath = '';
    if (versionSpec) {
        versionSpec = node_modules_semver.clean(versionSpec) || '';
        const cachePath = external_path_.join(_getCacheDirectory(), toolName, versionSpec, arch);
        lib_core/* debug */.Yz(`checking cache: ${cachePath}`);
        if (external_fs_.existsSync(cachePath) && external_fs_.existsSync(`${cachePath}.complete`)) {
            lib_core/* debug */.Yz(`Found tool in cache ${toolName} ${versionSpec} ${arch}`);
            toolPath = cachePath;
        }
        else {
            lib_core/* debug */.Yz('not found');
        }
    }
    return toolPath;
}
/**
 * Finds the paths to all versions of a tool that are installed in the local tool cache
 *
 * @param toolName  name of the tool
 * @param arch      optional arch.  defaults to arch of computer
 */
function findAllVersions(toolName, arch) {
    const versions = [];
    arch = arch || external_os_.arch();
    const toolPath = external_path_.join(_getCacheDirectory(), toolName);
    if (external_fs_.existsSync(toolPath)) {
        const children = external_fs_.readdirSync(toolPath);
        for (const child of children) {
            if (isExplicitVersion(child)) {
                const fullPath = external_path_.join(toolPath, child, arch || '');
                if (external_fs_.existsSync(fullPath) && external_fs_.existsSync(`${fullPath}.complete`)) {
                    versions.push(child);
                }
            }
        }
    }
    return versions;
}
function getManifestFromRepo(owner_1, repo_1, auth_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (owner, repo, auth, branch = 'master') {
        let releases = [];
        const treeUrl = `https://api.github.com/repos/${owner}/${repo}/git/trees/${branch}`;
        const http = new httpm.HttpClient('tool-cache');
        const headers = {};
        if (auth) {
            core.debug('set auth');
            headers.authorization = auth;
        }
        const response = yield http.getJson(treeUrl, headers);
        if (!response.result) {
            return releases;
        }
        let manifestUrl = '';
        for (const item of response.result.tree) {
            if (item.path === 'versions-manifest.json') {
                manifestUrl = item.url;
                break;
            }
        }
        headers['accept'] = 'application/vnd.github.VERSION.raw';
        let versionsRaw = yield (yield http.get(manifestUrl, headers)).readBody();
        if (versionsRaw) {
            // shouldn't be needed but protects against invalid json saved with BOM
            versionsRaw = versionsRaw.replace(/^\uFEFF/, '');
            try {
                releases = JSON.parse(versionsRaw);
            }
            catch (_a) {
                core.debug('Invalid json');
            }
        }
        return releases;
    });
}
function findFromManifest(versionSpec_1, stable_1, manifest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (versionSpec, stable, manifest, archFilter = os.arch()) {
        // wrap the internal impl
        const match = yield mm._findMatch(versionSpec, stable, manifest, archFilter);
        return match;
    });
}
function _createExtractFolder(dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!dest) {
            // create a temp dir
            dest = external_path_.join(_getTempDirectory(), external_crypto_.randomUUID());
        }
        yield lib_io/* mkdirP */.U$(dest);
        return dest;
    });
}
function _createToolPath(tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const folderPath = external_path_.join(_getCacheDirectory(), tool, node_modules_semver.clean(version) || version, arch || '');
        lib_core/* debug */.Yz(`destination ${folderPath}`);
        const markerPath = `${folderPath}.complete`;
        yield lib_io/* rmRF */.Yz(folderPath);
        yield lib_io/* rmRF */.Yz(markerPath);
        yield lib_io/* mkdirP */.U$(folderPath);
        return folderPath;
    });
}
function _completeToolPath(tool, version, arch) {
    const folderPath = external_path_.join(_getCacheDirectory(), tool, node_modules_semver.clean(version) || version, arch || '');
    const markerPath = `${folderPath}.complete`;
    external_fs_.writeFileSync(markerPath, '');
    lib_core/* debug */.Yz('finished caching tool');
}
/**
 * Check if version string is explicit
 *
 * @param versionSpec      version string to check
 */
function isExplicitVersion(versionSpec) {
    const c = node_modules_semver.clean(versionSpec) || '';
    lib_core/* debug */.Yz(`isExplicit: ${c}`);
    const valid = node_modules_semver.valid(c) != null;
    lib_core/* debug */.Yz(`explicit? ${valid}`);
    return valid;
}
/**
 * Get the highest satisfiying semantic version in `versions` which satisfies `versionSpec`
 *
 * @param versions        array of versions to evaluate
 * @param versionSpec     semantic version spec to satisfy
 */
function evaluateVersions(versions, versionSpec) {
    let version = '';
    lib_core/* debug */.Yz(`evaluating ${versions.length} versions`);
    versions = versions.sort((a, b) => {
        if (node_modules_semver.gt(a, b)) {
            return 1;
        }
        return -1;
    });
    for (let i = versions.length - 1; i >= 0; i--) {
        const potential = versions[i];
        const satisfied = node_modules_semver.satisfies(potential, versionSpec);
        if (satisfied) {
            version = potential;
            break;
        }
    }
    if (version) {
        lib_core/* debug */.Yz(`matched: ${version}`);
    }
    else {
        lib_core/* debug */.Yz('match not found');
    }
    return version;
}
/**
 * Gets RUNNER_TOOL_CACHE
 */
function _getCacheDirectory() {
    const cacheDirectory = process.env['RUNNER_TOOL_CACHE'] || '';
    (0,external_assert_.ok)(cacheDirectory, 'Expected RUNNER_TOOL_CACHE to be defined');
    return cacheDirectory;
}
/**
 * Gets RUNNER_TEMP
 */
function _getTempDirectory() {
    const tempDirectory = process.env['RUNNER_TEMP'] || '';
    (0,external_assert_.ok)(tempDirectory, 'Expected RUNNER_TEMP to be defined');
    return tempDirectory;
}
/**
 * Gets a global variable
 */
function _getGlobal(key, defaultValue) {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const value = global[key];
    /* eslint-enable @typescript-eslint/no-explicit-any */
    return value !== undefined ? value : defaultValue;
}
/**
 * Returns an array of unique values.
 * @param values Values to make unique.
 */
function _unique(values) {
    return Array.from(new Set(values));
}
//# sourceMappingURL=tool-cache.js.map
;// CONCATENATED MODULE: ./packages/tool-installer/src/bring-your-own.ts




/** Version probes get a minute: a binary that hangs on `--version` is not a usable tool. */
const VERSION_PROBE_TIMEOUT_MS = 60_000;
/** Runs the binary with argv (no shell), bounded in time and output. */
const execRunner = async (file, args) => {
    const { exitCode, stdout, stderr, timedOut } = await (0,src/* runProcess */.R3)(file, args, {
        timeoutMs: VERSION_PROBE_TIMEOUT_MS,
        maxCapture: 64 * 1024,
    });
    return {
        exitCode,
        stdout,
        stderr: timedOut ? `${stderr}\n(timed out after ${VERSION_PROBE_TIMEOUT_MS / 1000} s)` : stderr,
    };
};
/** Validates a user-supplied executable path; returns it normalised. `label` names the setting. */
async function validateExecutablePath(value, platform, label) {
    const shown = JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001F\u007F"]/.test(value)) {
        throw new src/* ConfigurationError */.j1(`The ${label} ${shown} contains a control character or a double quote.`);
    }
    if (!external_node_path_.isAbsolute(value)) {
        throw new src/* ConfigurationError */.j1(`The ${label} must be an absolute path to an executable; got ${shown}.`);
    }
    const file = external_node_path_.resolve(value);
    let info;
    try {
        info = await (0,promises_.stat)(file);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`The ${label} ${shown} does not exist.`);
    }
    if (!info.isFile()) {
        throw new src/* ConfigurationError */.j1(`The ${label} ${shown} is not a regular file.`);
    }
    if (platform !== 'win32') {
        try {
            await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`The ${label} ${shown} is not executable (run \`chmod +x\` on it).`);
        }
    }
    return file;
}
/**
 * The first capture group of the first pattern that matches, with a leading
 * `v` removed; `dev`/`devel` builds are reported as is. Anything else
 * (including a match that is not a plausible version) gives undefined.
 */
function parseVersionOutput(output, patterns) {
    for (const pattern of patterns) {
        const token = pattern.exec(output)?.[1];
        if (token === undefined)
            continue;
        const version = token.replace(/^v(?=\d)/, '');
        if (src/* VERSION_PATTERN */.Q6.test(version) || /^(dev|devel)$/.test(version))
            return version;
    }
    return undefined;
}
async function probeVersion(runner, binary, args, patterns) {
    const command = [binary, ...args].join(' ');
    let result;
    try {
        result = await runner(binary, args);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Could not run \`${command}\` to check its version: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const version = parseVersionOutput(`${result.stdout}\n${result.stderr}`, patterns);
    if (version !== undefined)
        return { version };
    const firstLine = (result.stdout.trim() || result.stderr.trim()).split(/\r?\n/, 1)[0] ?? '';
    const excerpt = firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine;
    return {
        version: 'unknown',
        problem: `\`${command}\` exited with code ${result.exitCode} and printed no recognisable version` +
            (excerpt ? ` (first line: ${JSON.stringify(excerpt)})` : ' (no output)'),
    };
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/extract.ts



function assetFormat(file) {
    if (file.endsWith('.tar.gz') || file.endsWith('.tgz'))
        return 'tar.gz';
    if (file.endsWith('.zip'))
        return 'zip';
    return 'binary';
}
/** tool-cache's extractors (system `tar`; `unzip` or PowerShell for zip). */
const toolCacheExtractor = {
    async extract(file, format, dest, binaryName) {
        await (0,promises_.mkdir)(dest, { recursive: true });
        switch (format) {
            case 'tar.gz':
                await extractTar(file, dest, 'xz');
                return;
            case 'zip':
                await extractZip(file, dest);
                return;
            case 'binary':
                await (0,promises_.copyFile)(file, external_node_path_.join(dest, binaryName));
                return;
        }
    },
};
/** `chmod 755` except on Windows, where the execute bit does not exist. */
async function makeExecutable(file, platform) {
    if (platform !== 'win32')
        await (0,promises_.chmod)(file, 0o755);
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/pins.json
const pins_namespaceObject = /*#__PURE__*/JSON.parse('{"trivy":{"version":"0.75.0","assets":{"linux-x64":{"file":"trivy_0.75.0_Linux-64bit.tar.gz","sha256":"c6e65abddb348e25f10549df887045629cf28cc72453cd1c63acb717316b3f3f"},"linux-arm64":{"file":"trivy_0.75.0_Linux-ARM64.tar.gz","sha256":"a1ee9f6ffb7d112b64ff726a2a0717c21175c1114361391f4a132956751a13b3"},"darwin-x64":{"file":"trivy_0.75.0_macOS-64bit.tar.gz","sha256":"291edaa9778acbe4693d067b5ad60ee11570e5ac68296e85595417528ca641e4"},"darwin-arm64":{"file":"trivy_0.75.0_macOS-ARM64.tar.gz","sha256":"4a77108cccf8e55c8d6823e1e759939a622277e66cd0daa3c1fc621ed69e4568"},"win32-x64":{"file":"trivy_0.75.0_windows-64bit.zip","sha256":"4e43bd71a30f51aee39525f60f2b47043af77eb8df8fe082aae4372b69c6660f"}}},"grype":{"version":"0.120.1","assets":{"linux-x64":{"file":"grype_0.120.1_linux_amd64.tar.gz","sha256":"0a9ee97ef5ae2ee953b0a80098105052e846cdbe319a57d808b519c33cd1343d"},"linux-arm64":{"file":"grype_0.120.1_linux_arm64.tar.gz","sha256":"29f47391dc283aa79fcc38e65224cd61f64dec0ecfd0db7074128ebf8ff23514"},"darwin-x64":{"file":"grype_0.120.1_darwin_amd64.tar.gz","sha256":"5313004ccbc524c8757521dc3913f1edf4309f56bef06a2fb2d0c0eeade7cc62"},"darwin-arm64":{"file":"grype_0.120.1_darwin_arm64.tar.gz","sha256":"cf97957fa467d25575ec2cc3228289f391ea51cf88b9cffc5f83dc03d4cbc732"},"win32-x64":{"file":"grype_0.120.1_windows_amd64.zip","sha256":"32e3c811f31822d17592908bafdc6288aaaca3d52583c479167a8dc8399ed65d"}}},"syft":{"version":"1.54.1","assets":{"linux-x64":{"file":"syft_1.54.1_linux_amd64.tar.gz","sha256":"c069905b391cc4c20a5ba65ad5c10be2a7ba074f8ea6ad203e24d14e303dad47"},"linux-arm64":{"file":"syft_1.54.1_linux_arm64.tar.gz","sha256":"dfdf0537610113edbefe1f1fc6548bc957b2d77439636ec824fcf0e10d46d054"},"darwin-x64":{"file":"syft_1.54.1_darwin_amd64.tar.gz","sha256":"2956322838b2f64e470eea474495f0cd96be4f222b1ac037258cdc47d965064e"},"darwin-arm64":{"file":"syft_1.54.1_darwin_arm64.tar.gz","sha256":"b4319c3abaa87a0170ab76ee83ea2260ca34b53aecfa3ab0dd5428d2319d744f"},"win32-x64":{"file":"syft_1.54.1_windows_amd64.zip","sha256":"8b56e8285e295e0bbed26eeea9b16ed51c493be97ccdf42dae6326c84fe8e19f"},"win32-arm64":{"file":"syft_1.54.1_windows_arm64.zip","sha256":"440019acac7c5b3b44edb8d224aa226b52aadca66a1c3a0a8d58a9525f675e36"}}},"cosign":{"version":"3.1.3","assets":{"linux-x64":{"file":"cosign-linux-amd64","sha256":"4629c757b7618056f8ddd7e2625ae9fdd94c0372a65049520bc7d9df9efc7f71"},"linux-arm64":{"file":"cosign-linux-arm64","sha256":"c5d324e091826b0d7a78eb16fef316450b4eb9aaec045611c08ba06f5e73220a"},"darwin-x64":{"file":"cosign-darwin-amd64","sha256":"2347488e5d5b25336644024dfeca5601b190e91197a71a917bda44744aff106c"},"darwin-arm64":{"file":"cosign-darwin-arm64","sha256":"5cf948c2f4dfe59687bdd0b8523709067383e03982cc543475c8a7dc70e92a76"},"win32-x64":{"file":"cosign-windows-amd64.exe","sha256":"9fe59be0eca1271873ce019061335eb1ac419b7059202e797828467ddabe33be"}}}}');
;// CONCATENATED MODULE: ./packages/tool-installer/src/pin-manifest.ts


/**
 * The committed pin manifest: tool → version → release asset + SHA-256 per
 * platform. The digests are the trust anchor for every download (they are
 * never fetched from the release that is being verified).
 *
 * Two shapes are accepted per tool, so the committed file can grow from "one
 * pinned version" to "several" without a code change:
 *
 *   { "version": "0.75.0", "assets": { "linux-x64": { "file": …, "sha256": … } } }
 *   { "default": "0.75.0", "versions": { "0.75.0": { "linux-x64": { … } }, "0.74.0": { … } } }
 *
 * Both are normalised into {@link ToolPins}.
 */
const TOOL_NAMES = ['trivy', 'grype', 'syft', 'cosign'];
const SHA256 = /^[0-9a-f]{64}$/;
const PLATFORM_KEY = /^(linux|darwin|win32)-(x64|arm64)$/;
const ASSET_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
class PinManifestError extends Error {
    name = 'PinManifestError';
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parseAssets(raw, where) {
    if (!isRecord(raw) || Object.keys(raw).length === 0) {
        throw new PinManifestError(`${where}: expected a non-empty object of platform → asset.`);
    }
    const assets = {};
    for (const [key, value] of Object.entries(raw)) {
        if (!PLATFORM_KEY.test(key)) {
            throw new PinManifestError(`${where}: '${key}' is not a platform key like linux-x64 or darwin-arm64.`);
        }
        if (!isRecord(value))
            throw new PinManifestError(`${where}.${key}: expected { file, sha256 }.`);
        const { file, sha256, binarySha256 } = value;
        const extra = Object.keys(value).filter((k) => !['file', 'sha256', 'binarySha256'].includes(k));
        if (extra.length > 0)
            throw new PinManifestError(`${where}.${key}: unknown field(s) ${extra.join(', ')}.`);
        if (typeof file !== 'string' || !ASSET_FILE.test(file) || file.includes('..')) {
            throw new PinManifestError(`${where}.${key}.file: expected a plain file name, got ${JSON.stringify(file)}.`);
        }
        if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
            throw new PinManifestError(`${where}.${key}.sha256: expected 64 lower-case hex digits.`);
        }
        if (binarySha256 !== undefined) {
            if (typeof binarySha256 !== 'string' || !SHA256.test(binarySha256)) {
                throw new PinManifestError(`${where}.${key}.binarySha256: expected 64 lower-case hex digits.`);
            }
            if (!/\.(tar\.gz|tgz|zip)$/.test(file) && binarySha256 !== sha256) {
                throw new PinManifestError(`${where}.${key}.binarySha256: ${file} is the binary itself, so it must equal sha256.`);
            }
            assets[key] = Object.freeze({ file, sha256, binarySha256 });
        }
        else {
            assets[key] = Object.freeze({ file, sha256 });
        }
    }
    return Object.freeze(assets);
}
function parseVersion(value, where) {
    if (typeof value !== 'string' || value.startsWith('v') || !src/* VERSION_PATTERN */.Q6.test(value)) {
        throw new PinManifestError(`${where}: expected a version like 0.75.0 (no leading v), got ${JSON.stringify(value)}.`);
    }
    return value;
}
function parseTool(raw, tool) {
    if (!isRecord(raw))
        throw new PinManifestError(`${tool}: expected an object.`);
    if ('versions' in raw) {
        const defaultVersion = parseVersion(raw['default'], `${tool}.default`);
        if (!isRecord(raw['versions']))
            throw new PinManifestError(`${tool}.versions: expected an object.`);
        const versions = {};
        for (const [version, assets] of Object.entries(raw['versions'])) {
            versions[parseVersion(version, `${tool}.versions key`)] = parseAssets(assets, `${tool}.versions.${version}`);
        }
        if (!(defaultVersion in versions)) {
            throw new PinManifestError(`${tool}.default: ${defaultVersion} has no entry in ${tool}.versions.`);
        }
        return Object.freeze({ defaultVersion, versions: Object.freeze(versions) });
    }
    const defaultVersion = parseVersion(raw['version'], `${tool}.version`);
    return Object.freeze({
        defaultVersion,
        versions: Object.freeze({ [defaultVersion]: parseAssets(raw['assets'], `${tool}.assets`) }),
    });
}
/** Validates and normalises a manifest (the committed one, or one a test injects). */
function parsePinManifest(raw) {
    if (!isRecord(raw))
        throw new PinManifestError('Pin manifest: expected an object.');
    const unknownTools = Object.keys(raw).filter((key) => !TOOL_NAMES.includes(key));
    if (unknownTools.length > 0) {
        throw new PinManifestError(`Pin manifest: unknown tool(s) ${unknownTools.join(', ')}.`);
    }
    const manifest = {};
    for (const tool of TOOL_NAMES) {
        if (!(tool in raw))
            throw new PinManifestError(`Pin manifest: no entry for ${tool}.`);
        manifest[tool] = parseTool(raw[tool], tool);
    }
    return Object.freeze(manifest);
}
let committed;
/** The manifest committed as `pins.json` (parsed on first use, not at import time). */
function loadPinManifest() {
    committed ??= parsePinManifest(pins_namespaceObject);
    return committed;
}
/** The pinned asset for a tool/version/platform, or undefined. */
function pinnedAsset(manifest, tool, version, platform) {
    return manifest[tool].versions[version]?.[platform];
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/release-url.ts

/**
 * Official release download URLs. Every tool publishes its assets as GitHub
 * release assets at `https://github.com/<owner>/<repo>/releases/download/v<V>/<file>`;
 * a mirror (GHES, air-gapped runners) replaces `https://github.com` and keeps
 * the rest of the path.
 */
const GITHUB_BASE_URL = 'https://github.com';
function goreleaserAssets(tool, platforms) {
    const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
    const arch = { x64: 'amd64', arm64: 'arm64' };
    const table = {};
    for (const key of platforms) {
        const [platform = '', cpu = ''] = key.split('-');
        const ext = platform === 'win32' ? 'zip' : 'tar.gz';
        table[key] = (v) => `${tool}_${v}_${os[platform]}_${arch[cpu]}.${ext}`;
    }
    return table;
}
const LAYOUTS = {
    trivy: {
        repository: 'aquasecurity/trivy',
        assets: {
            'linux-x64': (v) => `trivy_${v}_Linux-64bit.tar.gz`,
            'linux-arm64': (v) => `trivy_${v}_Linux-ARM64.tar.gz`,
            'darwin-x64': (v) => `trivy_${v}_macOS-64bit.tar.gz`,
            'darwin-arm64': (v) => `trivy_${v}_macOS-ARM64.tar.gz`,
            'win32-x64': (v) => `trivy_${v}_windows-64bit.zip`,
        },
        checksums: (v) => `trivy_${v}_checksums.txt`,
    },
    grype: {
        repository: 'anchore/grype',
        assets: goreleaserAssets('grype', ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']),
        checksums: (v) => `grype_${v}_checksums.txt`,
    },
    syft: {
        repository: 'anchore/syft',
        assets: goreleaserAssets('syft', [
            'linux-x64',
            'linux-arm64',
            'darwin-x64',
            'darwin-arm64',
            'win32-x64',
            'win32-arm64',
        ]),
        checksums: (v) => `syft_${v}_checksums.txt`,
    },
    cosign: {
        repository: 'sigstore/cosign',
        assets: {
            'linux-x64': () => 'cosign-linux-amd64',
            'linux-arm64': () => 'cosign-linux-arm64',
            'darwin-x64': () => 'cosign-darwin-amd64',
            'darwin-arm64': () => 'cosign-darwin-arm64',
            'win32-x64': () => 'cosign-windows-amd64.exe',
        },
        checksums: () => 'cosign_checksums.txt',
    },
};
/** Platforms for which the project publishes a release asset (for unpinned versions). */
function publishedPlatforms(tool) {
    return Object.keys(LAYOUTS[tool].assets);
}
/** The release asset's file name for a version and platform, or undefined when none is published. */
function releaseAssetName(tool, version, platform) {
    return LAYOUTS[tool].assets[platform]?.(version);
}
function releaseRepository(tool) {
    return LAYOUTS[tool].repository;
}
/**
 * `<base>/<owner>/<repo>/releases/download/v<version>/<file>`. `version` and
 * `file` must already be validated; they are still percent-encoded as path
 * segments so nothing in them can change the URL's structure.
 */
function releaseAssetUrl(tool, version, file, baseUrl = GITHUB_BASE_URL) {
    const base = baseUrl.replace(/\/+$/, '');
    return `${base}/${LAYOUTS[tool].repository}/releases/download/${encodeURIComponent(`v${version}`)}/${encodeURIComponent(file)}`;
}
function checksumsUrl(tool, version, baseUrl = GITHUB_BASE_URL) {
    return releaseAssetUrl(tool, version, LAYOUTS[tool].checksums(version), baseUrl);
}
/**
 * Validates a mirror base URL: http(s), no credentials, query or fragment.
 * Returns it without trailing slashes. `label` names the setting in errors.
 */
function validateMirrorUrl(value, label = 'mirror') {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`The ${label} must be an http(s) URL such as https://ghes.example.com; got ${show(value)}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new src/* ConfigurationError */.j1(`The ${label} must be an http(s) URL; got scheme '${url.protocol}'.`);
    }
    if (url.username || url.password) {
        throw new src/* ConfigurationError */.j1(`The ${label} must not embed credentials in the URL.`);
    }
    if (url.search || url.hash || value.includes('?') || value.includes('#')) {
        throw new src/* ConfigurationError */.j1(`The ${label} must not have a query string or fragment; got ${show(value)}.`);
    }
    return url.toString().replace(/\/+$/, '');
}
function show(value) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(shown);
}

// EXTERNAL MODULE: ./packages/vocabulary/src/digest.ts
var digest = __nccwpck_require__(876);
;// CONCATENATED MODULE: ./packages/tool-installer/src/sha256.ts


/** SHA-256 of a file as lower-case hex, computed by streaming (constant memory): @scs/vocabulary's. */

function isSha256(value) {
    return digest/* SHA256_HEX */.Y5.test(value);
}
/**
 * A digest given by the user: 64 hex digits, optionally prefixed `sha256:`;
 * returned lower-case. `label` names the setting in errors.
 */
function normalizeSha256(value, label = 'sha256') {
    const digest = value
        .trim()
        .replace(/^sha256:/i, '')
        .toLowerCase();
    if (!isSha256(digest)) {
        const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
        throw new src/* ConfigurationError */.j1(`The ${label} must be 64 hexadecimal digits (a SHA-256); got ${JSON.stringify(shown)}.`);
    }
    return digest;
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/tool-installer.ts












/** The collaborators used in a real workflow run: a bounded HTTP download, @actions/tool-cache, @actions/core. */
function defaultInstallerDeps() {
    return {
        manifest: loadPinManifest(),
        platform: process.platform,
        arch: process.arch,
        downloader: httpDownloader({ log: (message) => lib_core/* info */.pq(message) }),
        toolCache: {
            find: (tool, version, arch) => find(tool, version, arch),
            cacheDir: (sourceDir, tool, version, arch) => cacheDir(sourceDir, tool, version, arch),
        },
        extractor: toolCacheExtractor,
        hasher: digest/* sha256File */.Q3,
        addPath: (dir) => lib_core/* addPath */.fM(dir),
        logger: {
            info: (message) => lib_core/* info */.pq(message),
            warning: (message) => lib_core/* warning */.$e(message),
            debug: (message) => lib_core/* debug */.Yz(message),
        },
        runner: execRunner,
        tempDir: () => process.env['RUNNER_TEMP'] || external_node_os_.tmpdir(),
    };
}
/**
 * Written next to the binary in every tool-cache entry this installer creates:
 * what was installed from which asset, for people and tools that inspect the
 * cache. It is **not** trusted on a cache hit: anyone who can write the tool
 * cache (a persistent runner, a pre-baked image, a restored cache) can write
 * it too, so a hit is checked against the committed pins only (see
 * {@link ToolInstaller}).
 */
const INSTALL_RECORD_FILE = '.scs-install.json';
/**
 * Folder of a cache entry that keeps the verified release archive (tar.gz and
 * zip assets), so that a cache hit can check the cached binary against the
 * pinned archive digest when the pins carry no digest of the binary itself.
 */
const VERIFIED_ASSET_DIR = '.scs-asset';
/**
 * Download → verify (SHA-256 against the pin, before anything is extracted or
 * run) → extract → cache → add to PATH, for one tool. Subclasses only supply a
 * {@link ToolSpec}.
 *
 * A cache hit is re-verified against committed data only — never against
 * anything stored in the cache, which whoever planted an entry also wrote:
 * - the pins carry the binary's own SHA-256 (`binarySha256`, recorded by
 *   scripts/bump-tool-pin.mjs), or the asset is the binary itself (cosign):
 *   the cached binary is hashed and must equal it;
 * - otherwise the entry must keep the verified release archive
 *   ({@link VERIFIED_ASSET_DIR}): it is hashed and must equal the pinned (or
 *   given) archive digest, the binary is unpacked from it again into a
 *   scratch folder, and the cached binary must be byte-for-byte that member
 *   (equal SHA-256).
 * An entry that fails is reported as a warning naming what did not match, is
 * never run, and is replaced from the release, which is verified again
 * before use.
 */
class ToolInstaller {
    spec;
    deps;
    constructor(spec, deps = {}) {
        this.spec = spec;
        const defaults = defaultInstallerDeps();
        this.deps = { ...defaults, ...deps, manifest: deps.manifest ?? defaults.manifest };
    }
    /** The pinned default version of this tool. */
    defaultVersion() {
        return this.deps.manifest[this.spec.name].defaultVersion;
    }
    async install(request = {}) {
        const req = this.validateRequest(request);
        if (req.path !== undefined)
            return this.useExisting(req.path, req);
        const target = this.resolveTarget(req);
        const cached = await this.fromCache(target);
        if (cached)
            return cached;
        return this.download(target, req.mirror ?? GITHUB_BASE_URL);
    }
    get label() {
        return this.spec.displayName;
    }
    validateRequest(request) {
        const valid = {};
        const { version, sha256, mirror, path: binaryPath } = request;
        if (version !== undefined && version !== '') {
            if (typeof version !== 'string' || version.length > 64 || !src/* VERSION_PATTERN */.Q6.test(version)) {
                const shown = typeof version === 'string' ? JSON.stringify(version.slice(0, 80)) : typeof version;
                throw new src/* ConfigurationError */.j1(`The ${this.label} version must be a release version such as ${this.defaultVersion()} or v${this.defaultVersion()}; got ${shown}.`);
            }
            valid.version = version.replace(/^v/, '');
        }
        if (sha256)
            valid.sha256 = normalizeSha256(sha256, `${this.label} sha256`);
        if (mirror)
            valid.mirror = validateMirrorUrl(mirror, `${this.label} download mirror`);
        if (binaryPath)
            valid.path = binaryPath;
        return valid;
    }
    resolveTarget(req) {
        const tool = this.spec.name;
        const pins = this.deps.manifest[tool];
        const version = req.version ?? pins.defaultVersion;
        const platform = `${this.deps.platform}-${this.deps.arch}`;
        const binaryName = this.spec.binaryName(this.deps.platform);
        const pinnedAssets = pins.versions[version];
        if (pinnedAssets) {
            const asset = pinnedAssets[platform];
            if (!asset)
                throw this.unsupportedPlatform(version, platform, Object.keys(pinnedAssets));
            if (req.sha256 !== undefined && req.sha256 !== asset.sha256) {
                throw new src/* ConfigurationError */.j1(`The ${this.label} sha256 ${req.sha256} does not match the digest pinned for ${asset.file} (${asset.sha256}). ` +
                    `Remove the sha256 setting to use the pinned digest.`);
            }
            return { version, platform, asset, digestSource: 'manifest', format: assetFormat(asset.file), binaryName };
        }
        const file = releaseAssetName(tool, version, platform);
        if (!file)
            throw this.unsupportedPlatform(version, platform, publishedPlatforms(tool));
        if (req.sha256 === undefined) {
            const pinned = Object.keys(pins.versions).join(', ');
            throw new src/* ConfigurationError */.j1(`${this.label} ${version} is not pinned by this action (pinned: ${pinned}), so its digest must be given. ` +
                `Set sha256 to the SHA-256 of ${file} (the ${platform} asset), as listed in ` +
                `${checksumsUrl(tool, version)} — or leave the version empty to use ${pins.defaultVersion}.`);
        }
        this.deps.logger.info(`${this.label} ${version} is not pinned; using the SHA-256 given for ${file} (${req.sha256}).`);
        return {
            version,
            platform,
            asset: { file, sha256: req.sha256 },
            digestSource: 'request',
            format: assetFormat(file),
            binaryName,
        };
    }
    unsupportedPlatform(version, platform, supported) {
        return new src/* ConfigurationError */.j1(`${this.label} ${version} is not available for ${platform}. Supported platforms: ${supported.join(', ')}.`);
    }
    // ---- tool cache ---------------------------------------------------------------------------
    async fromCache(target) {
        const { name } = this.spec;
        let dir;
        try {
            dir = this.deps.toolCache.find(name, target.version, this.deps.arch);
        }
        catch (error) {
            throw new src/* InfrastructureError */.EN(`The tool cache could not be searched for ${name} ${target.version}.`, {
                cause: error,
            });
        }
        if (!dir)
            return undefined;
        const check = await this.verifyCacheEntry(dir, target);
        if (check.problem !== undefined) {
            this.deps.logger.warning(`Cached ${name} ${target.version} in ${dir} failed verification (${check.problem}); it will not be used. ` +
                `Reinstalling it from the verified release asset.`);
            return undefined;
        }
        this.deps.addPath(dir);
        this.deps.logger.info(`Using cached ${name} ${target.version} from ${dir} (${check.how}).`);
        return {
            name,
            version: target.version,
            binary: external_node_path_.join(dir, target.binaryName),
            source: 'cache',
            sha256: target.asset.sha256,
        };
    }
    /**
     * Whether the entry can be trusted, and how that was established — from the
     * pins (or the digest the workflow gave), never from files in the entry
     * other than the binary and the kept archive, whose bytes are checked.
     */
    async verifyCacheEntry(dir, target) {
        const { binaryName, asset } = target;
        const binary = external_node_path_.join(dir, binaryName);
        const info = await (0,promises_.lstat)(binary).catch(() => undefined);
        if (!info)
            return { problem: `${binaryName} is missing` };
        if (!info.isFile())
            return { problem: `${binaryName} is not a regular file` };
        const pinnedBinary = asset.binarySha256 ?? (target.format === 'binary' ? asset.sha256 : undefined);
        if (pinnedBinary !== undefined) {
            const actual = await this.hashOrProblem(binary, binaryName);
            if (typeof actual !== 'string')
                return actual;
            if (actual !== pinnedBinary) {
                return {
                    problem: `${binaryName} has SHA-256 ${actual}, but the ${this.digestOrigin(target)} SHA-256 of that binary is ${pinnedBinary}`,
                };
            }
            return { how: `binary SHA-256 matches the ${this.digestOrigin(target)} ${pinnedBinary}` };
        }
        const archive = external_node_path_.join(dir, VERIFIED_ASSET_DIR, asset.file);
        const archiveInfo = await (0,promises_.lstat)(archive).catch(() => undefined);
        if (!archiveInfo?.isFile()) {
            return {
                problem: `it does not keep the release archive ${VERIFIED_ASSET_DIR}/${asset.file} to check ${binaryName} against`,
            };
        }
        const archiveDigest = await this.hashOrProblem(archive, asset.file);
        if (typeof archiveDigest !== 'string')
            return archiveDigest;
        if (archiveDigest !== asset.sha256) {
            return {
                problem: `the kept ${asset.file} has SHA-256 ${archiveDigest}, expected ${asset.sha256} (${this.digestOrigin(target)})`,
            };
        }
        const tempDir = this.deps.tempDir();
        await (0,promises_.mkdir)(tempDir, { recursive: true });
        const scratch = await (0,promises_.mkdtemp)(external_node_path_.join(tempDir, `scs-${this.spec.name}-check-`));
        try {
            try {
                await this.deps.extractor.extract(archive, target.format, scratch, binaryName);
            }
            catch (error) {
                return { problem: `the kept ${asset.file} could not be unpacked (${(0,src/* errorMessage */.gJ)(error)})` };
            }
            const member = external_node_path_.join(scratch, binaryName);
            if (!(await (0,promises_.lstat)(member).catch(() => undefined))?.isFile()) {
                return { problem: `the kept ${asset.file} has no ${binaryName} at its top level` };
            }
            const [expected, actual] = await Promise.all([this.deps.hasher(member), this.hashOrProblem(binary, binaryName)]);
            if (typeof actual !== 'string')
                return actual;
            if (actual !== expected) {
                return {
                    problem: `${binaryName} has SHA-256 ${actual}, but the ${binaryName} in the verified ${asset.file} has ${expected}`,
                };
            }
            return {
                how: `${asset.file} re-verified against the ${this.digestOrigin(target)} SHA-256 and ${binaryName} identical to its member`,
            };
        }
        finally {
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    }
    digestOrigin(target) {
        return target.digestSource === 'manifest' ? 'pinned' : 'given';
    }
    async hashOrProblem(file, label) {
        try {
            return await this.deps.hasher(file);
        }
        catch (error) {
            return { problem: `${label} could not be read (${(0,src/* errorMessage */.gJ)(error)})` };
        }
    }
    // ---- download -----------------------------------------------------------------------------
    async download(target, baseUrl) {
        const { name } = this.spec;
        const { asset, version, binaryName } = target;
        const url = releaseAssetUrl(name, version, asset.file, baseUrl);
        const tempDir = this.deps.tempDir();
        await (0,promises_.mkdir)(tempDir, { recursive: true });
        const work = await (0,promises_.mkdtemp)(external_node_path_.join(tempDir, `scs-${name}-`));
        try {
            const downloaded = external_node_path_.join(work, asset.file);
            this.deps.logger.info(`Downloading ${name} ${version} from ${url}`);
            try {
                await this.deps.downloader(url, downloaded);
            }
            catch (error) {
                throw this.downloadError(error, url, target, baseUrl !== GITHUB_BASE_URL);
            }
            const actual = await this.deps.hasher(downloaded);
            if (actual !== asset.sha256) {
                await (0,promises_.rm)(downloaded, { force: true });
                const origin = target.digestSource === 'manifest' ? 'pinned by this action' : 'given as sha256';
                const hint = target.digestSource === 'request'
                    ? ` If you supplied the digest, compare it with ${checksumsUrl(name, version)}.`
                    : baseUrl !== GITHUB_BASE_URL
                        ? ' Check that the mirror serves the original release asset.'
                        : '';
                throw new src/* InfrastructureError */.EN(`SHA-256 mismatch for ${asset.file} downloaded from ${url}: expected ${asset.sha256} (${origin}), ` +
                    `got ${actual}. The download was deleted; nothing from it was extracted or run.${hint}`);
            }
            this.deps.logger.info(`Verified SHA-256 of ${asset.file}: ${actual}`);
            const stage = external_node_path_.join(work, 'stage');
            await (0,promises_.mkdir)(stage);
            try {
                await this.deps.extractor.extract(downloaded, target.format, stage, binaryName);
            }
            catch (error) {
                throw new src/* InfrastructureError */.EN(`Unpacking ${asset.file} failed.`, { cause: error });
            }
            const stagedBinary = external_node_path_.join(stage, binaryName);
            const info = await (0,promises_.lstat)(stagedBinary).catch(() => undefined);
            if (!info?.isFile()) {
                throw new src/* InfrastructureError */.EN(`${asset.file} does not contain the executable ${binaryName} at its top level.`);
            }
            await makeExecutable(stagedBinary, this.deps.platform);
            const binarySha256 = await this.deps.hasher(stagedBinary);
            if (asset.binarySha256 !== undefined && binarySha256 !== asset.binarySha256) {
                throw new src/* InfrastructureError */.EN(`${asset.file} matches its pinned SHA-256, but the ${binaryName} in it has SHA-256 ${binarySha256}, not the pinned ` +
                    `${asset.binarySha256}. The pins in this action are inconsistent; nothing was installed or run.`);
            }
            if (target.format !== 'binary') {
                // Kept so that a later cache hit can be checked against the pinned archive digest.
                await (0,promises_.mkdir)(external_node_path_.join(stage, VERIFIED_ASSET_DIR));
                await (0,promises_.rename)(downloaded, external_node_path_.join(stage, VERIFIED_ASSET_DIR, asset.file));
            }
            await (0,promises_.rm)(downloaded, { force: true });
            const record = {
                tool: name,
                version,
                asset: asset.file,
                assetSha256: asset.sha256,
                binary: binaryName,
                binarySha256,
            };
            await (0,promises_.writeFile)(external_node_path_.join(stage, INSTALL_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
            let dir;
            try {
                dir = await this.deps.toolCache.cacheDir(stage, name, version, this.deps.arch);
            }
            catch (error) {
                throw new src/* InfrastructureError */.EN(`Adding ${name} ${version} to the tool cache failed.`, { cause: error });
            }
            this.deps.addPath(dir);
            this.deps.logger.info(`Installed ${name} ${version} in ${dir}`);
            return { name, version, binary: external_node_path_.join(dir, binaryName), source: 'download', sha256: asset.sha256, url };
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
    downloadError(error, url, target, viaMirror) {
        const status = error?.httpStatusCode;
        const what = `Downloading ${this.spec.name} ${target.version} (${target.asset.file}) from ${url} failed`;
        if (status === 404) {
            return new src/* InfrastructureError */.EN(`${what}: HTTP 404 Not Found. Check that release v${target.version} publishes ${target.asset.file}` +
                `${viaMirror ? ' and that the mirror carries it' : ''}.`, { cause: error });
        }
        if (typeof status === 'number') {
            const retried = status >= 500 || status === 408 || status === 429 ? ' (after retries)' : '';
            return new src/* InfrastructureError */.EN(`${what}: HTTP ${status}${retried}.`, { cause: error });
        }
        return new src/* InfrastructureError */.EN(`${what}: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    // ---- bring your own -----------------------------------------------------------------------
    async useExisting(binaryPath, req) {
        const { name } = this.spec;
        if (req.sha256 !== undefined || req.mirror !== undefined) {
            this.deps.logger.warning(`${this.label}: a path is given, so the sha256 and mirror settings are ignored.`);
        }
        const binary = await validateExecutablePath(binaryPath, this.deps.platform, `${this.label} path`);
        const sha256 = await this.deps.hasher(binary);
        const probe = await probeVersion(this.deps.runner, binary, this.spec.versionArgs, this.spec.versionPatterns);
        if (probe.problem !== undefined) {
            this.deps.logger.warning(`${this.label} at ${binary}: version unknown: ${probe.problem}.`);
        }
        else if (req.version !== undefined && probe.version !== req.version) {
            this.deps.logger.warning(`${this.label} at ${binary} reports version ${probe.version}, but ${req.version} was requested; using it anyway.`);
        }
        this.deps.logger.info(`Using ${name} ${probe.version} from ${binary} (SHA-256 ${sha256}); nothing was downloaded.`);
        return { name, version: probe.version, binary, source: 'path', sha256 };
    }
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/tools.ts

const exe = (name) => (platform) => (platform === 'win32' ? `${name}.exe` : name);
/** `Version: 0.75.0`, as trivy --version, grype version and syft version print it. */
const VERSION_LINE = /^\s*Version:\s*(\S+)/m;
/** The spec of a tool whose executable is named after it. */
const spec = (name, displayName, versionArgs, versionPatterns) => ({ name, displayName, binaryName: exe(name), versionArgs, versionPatterns });
/** `trivy --version`: `Version: 0.75.0` (then DB information), or `Version: dev` for source builds. */
const TRIVY = spec('trivy', 'Trivy', ['--version'], [VERSION_LINE]);
/** `grype --version`: `grype 0.120.1`; `grype version` prints `Version:   0.120.1`. */
const GRYPE = spec('grype', 'Grype', ['--version'], [/^\s*grype(?:\s+version)?\s+(\S+)/m, VERSION_LINE]);
/** `syft --version`: `syft 1.54.1`; `syft version` prints `Version:   1.54.1`. */
const SYFT = spec('syft', 'Syft', ['--version'], [/^\s*syft(?:\s+version)?\s+(\S+)/m, VERSION_LINE]);
/** `cosign version`: an ASCII banner, then `GitVersion:    v3.1.3`. */
const COSIGN = spec('cosign', 'cosign', ['version'], [/^\s*GitVersion:\s*(\S+)/m]);
const TOOL_SPECS = {
    trivy: TRIVY,
    grype: GRYPE,
    syft: SYFT,
    cosign: COSIGN,
};
/** The installer class of one tool: `new TrivyInstaller(deps)` is a ToolInstaller with Trivy's spec. */
function installerFor(spec) {
    return class extends ToolInstaller {
        constructor(deps = {}) {
            super(spec, deps);
        }
    };
}
const TrivyInstaller = installerFor(TRIVY);
const GrypeInstaller = installerFor(GRYPE);
const SyftInstaller = installerFor(SYFT);
const CosignInstaller = installerFor(COSIGN);

;// CONCATENATED MODULE: ./packages/tool-installer/src/index.ts








// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/vuln-db/src/db-state.ts
/**
 * What the Trivy and Grype DB preparers share: the job marker, the age
 * check, the error they fail with, and the staging-then-swap install.
 */




/** Written next to the DB files once a DB is in place and checked. */
const MARKER_FILE = '.scs-db.json';
/** The DB could not be prepared: names every source tried and why it failed. */
class VulnDbError extends src/* InfrastructureError */.EN {
    attempts;
    name = 'VulnDbError';
    constructor(message, attempts, options) {
        super(message, options);
        this.attempts = attempts;
    }
}
/** The DB is older than allowed (with `stale: fail`). */
class StaleDbError extends src/* InfrastructureError */.EN {
    name = 'StaleDbError';
}
function readMarker(dbDir, kind) {
    try {
        const parsed = JSON.parse((0,src/* readFileCappedSync */.Dz)(external_node_path_.join(dbDir, MARKER_FILE), 64 * 1024, MARKER_FILE).toString('utf8'));
        if (parsed.schema !== 1 ||
            parsed.kind !== kind ||
            typeof parsed.repository !== 'string' ||
            typeof parsed.manifestDigest !== 'string' ||
            typeof parsed.updatedAt !== 'string' ||
            typeof parsed.preparedAt !== 'string' ||
            !Array.isArray(parsed.files)) {
            return undefined;
        }
        if (!parsed.files.every((f) => typeof f === 'string' &&
            f !== '' &&
            !f.includes('..') &&
            external_node_fs_.statSync(external_node_path_.join(dbDir, f), { throwIfNoEntry: false })?.isFile())) {
            return undefined;
        }
        return parsed;
    }
    catch {
        return undefined;
    }
}
function writeMarker(dbDir, marker) {
    external_node_fs_.writeFileSync(external_node_path_.join(dbDir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
}
/** Validates `db-max-age` in hours: a positive number, or Infinity for no limit. */
function checkMaxAgeHours(maxAgeHours) {
    if (!(typeof maxAgeHours === 'number' && maxAgeHours > 0)) {
        throw new RangeError(`maxAgeHours must be a positive number of hours (Infinity for no limit); got ${String(maxAgeHours)}`);
    }
    return maxAgeHours;
}
function formatHours(hours) {
    return hours >= 48 ? `${(hours / 24).toFixed(1)} days` : `${hours.toFixed(1)} hours`;
}
/**
 * Compares the DB's build time with `maxAgeHours`. Too old: StaleDbError
 * with `stale: 'fail'`, a warning with `'warn'`.
 */
function checkDbAge(options) {
    const ageHours = Math.max(0, (options.now.getTime() - options.updatedAt.getTime()) / 3_600_000);
    if (ageHours <= options.maxAgeHours)
        return { ageHours, stale: false };
    const next = options.nextUpdate ? `; its NextUpdate was ${options.nextUpdate.toISOString()}` : '';
    const message = `The ${options.what} was built ${formatHours(ageHours)} ago (${options.updatedAt.toISOString()}${next}), ` +
        `older than the ${formatHours(options.maxAgeHours)} \`db-max-age\` allows`;
    if (options.stale === 'fail') {
        throw new StaleDbError(`${message}; refused (set \`db-stale: warn\` to scan with it anyway).`);
    }
    options.logger.warning(`${message}; scanning with it anyway (\`db-stale: warn\`): recent advisories are missing.`);
    return { ageHours, stale: true };
}
/** Parses an RFC 3339 time from a DB's metadata; undefined when absent or unreadable. */
function parseTime(value) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value))
        return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** A fresh staging directory beside `dbDir` (same filesystem, so the final rename is atomic). */
function makeStagingDir(dbDir) {
    const parent = external_node_path_.dirname(dbDir);
    external_node_fs_.mkdirSync(parent, { recursive: true });
    const dir = external_node_path_.join(parent, `.${external_node_path_.basename(dbDir)}.staging-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    external_node_fs_.mkdirSync(dir);
    return dir;
}
/** Replaces `dbDir` with `stagingDir`. */
function swapIntoPlace(stagingDir, dbDir) {
    external_node_fs_.rmSync(dbDir, { recursive: true, force: true });
    external_node_fs_.renameSync(stagingDir, dbDir);
}
function removeQuietly(target) {
    try {
        external_node_fs_.rmSync(target, { recursive: true, force: true });
    }
    catch {
        // best effort
    }
}
/**
 * One Actions cache entry: `paths` under `key`, named `what` in messages.
 * A failing restore is a miss and a failing save a warning (the scan goes on
 * with the DB it has); neither is an error.
 */
function actionsCacheEntry(cache, paths, key, what, logger) {
    return {
        async restore() {
            try {
                return await cache.restore(paths, key);
            }
            catch (error) {
                logger.warning(`Restoring the ${what} from the Actions cache failed (${(0,src/* errorMessage */.gJ)(error)}); downloading it instead.`);
                return false;
            }
        },
        async save() {
            try {
                if ((await cache.save(paths, key)) === false) {
                    logger.info(`The ${what} was not saved to the Actions cache as ${key} (the cache service declined or is not available).`);
                    return false;
                }
                logger.info(`Saved the ${what} to the Actions cache as ${key}.`);
                return true;
            }
            catch (error) {
                logger.warning(`Saving the ${what} to the Actions cache failed (${(0,src/* errorMessage */.gJ)(error)}); the next run downloads it again.`);
                return false;
            }
        },
    };
}
/** The one-line "why" of a failed source, for the combined error. */
function failureReason(error) {
    return (0,src/* errorMessage */.gJ)(error).replace(/\s+/g, ' ').trim().slice(0, 500);
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} B`;
}

;// CONCATENATED MODULE: ./packages/vuln-db/src/pipeline.ts
/**
 * The one prepare → verify → cache → install flow every artifact the
 * scanners would otherwise download themselves goes through: Trivy's DB,
 * Java DB and misconfiguration checks bundle, and Grype's DB. A source
 * (oci-artifact.ts for registry artifacts, grype-db.ts for Grype's listing)
 * says where the artifact comes from, how its bytes are checked against a
 * digest, what its build time is and how it is unpacked; this module does
 * the rest, the same way for all of them:
 *
 * 1. `<dbDir>` holds a copy this job already prepared (our marker file,
 *    same location list, same job): use it, no request at all.
 * 2. For each location in order until one works: resolve it to a digest
 *    (a tag to its manifest digest, a listing to its archive checksum). The
 *    Actions cache key is `<prefix><digest>`: exact and immutable. A build
 *    time known at this point is checked against the age limit before any
 *    download.
 * 3. The Actions cache: the stored artifact is checked against the digest
 *    again (an entry planted under our key is refused) and unpacked.
 * 4. Otherwise download it (checked while streaming), unpack it into a
 *    staging directory, check its age, swap it into place and save the
 *    artifact to the Actions cache at once (a failing gate must not lose it;
 *    a failed save is a warning).
 *
 * A location that fails (429/5xx after bounded retries, a network error, a
 * 404, a bad digest, a stale build) is reported and the next one tried; when
 * none works the VulnDbError names each with its reason.
 */



/** Prepares `source`'s artifact into `options.dbDir` (see the module comment). */
async function prepareArtifact(source, options) {
    checkMaxAgeHours(options.maxAgeHours);
    const earlier = fromThisJob(source, options);
    if (earlier)
        return earlier;
    const run = { source, options, startRequests: source.requests, failures: [], staleDigests: new Map() };
    for (const location of options.locations) {
        try {
            return await fromLocation(run, location);
        }
        catch (error) {
            if (error instanceof src/* ConfigurationError */.j1)
                throw error;
            const reason = failureReason(error);
            run.failures.push({ source: location, reason });
            const more = run.failures.length < options.locations.length;
            options.logger.warning(`${source.label}: ${location} failed: ${reason}${more ? `; trying the next ${source.noun.one}` : ''}`);
        }
    }
    const list = run.failures.map((f) => `${f.source}: ${f.reason}`).join(' | ');
    const count = run.failures.length;
    throw new VulnDbError(`${source.unavailable}: the ${source.label} could not be fetched from any of ${count} ${count === 1 ? source.noun.one : source.noun.many} (${list}). ` +
        'This is an infrastructure failure, not a scan result.', run.failures);
}
function ageOf(source, options, build) {
    return checkDbAge({
        what: source.label,
        updatedAt: build.updatedAt,
        maxAgeHours: options.maxAgeHours,
        stale: options.stale,
        now: options.now(),
        logger: options.logger,
        ...(build.nextUpdate ? { nextUpdate: build.nextUpdate } : {}),
    });
}
/** Step 1: the copy this job prepared earlier, when it is still there and usable. */
function fromThisJob(source, options) {
    const marker = readMarker(options.dbDir, source.kind);
    if (!marker || (options.jobId !== undefined && marker.job !== options.jobId))
        return undefined;
    if (!options.locations.includes(marker.repository))
        return undefined;
    let build;
    try {
        build = source.installedBuild(options.dbDir, marker);
    }
    catch (error) {
        options.logger.warning(`${source.label}: the copy prepared earlier in this job is unusable (${failureReason(error)}); fetching it again.`);
        return undefined;
    }
    const age = ageOf(source, options, build);
    options.logger.info(`${source.label}: using ${marker.manifestDigest} from ${marker.repository}, prepared earlier in this job (no request).`);
    return {
        location: marker.repository,
        digest: marker.manifestDigest,
        source: 'job',
        build,
        ...age,
        requests: 0,
        dbDir: options.dbDir,
        fallbacks: [],
    };
}
/** Steps 2–4 for one location. */
async function fromLocation(run, location) {
    const { source, options } = run;
    const resolved = await source.resolve(location);
    const staleFrom = run.staleDigests.get(resolved.digest);
    if (staleFrom)
        throw new StaleDbError(`serves the same DB (${resolved.digest}) as ${staleFrom}, which is too old`);
    const early = resolved.build ? noteStale(run, resolved, () => ageOf(source, options, resolved.build)) : undefined;
    const key = `${source.cacheKeyPrefix}${resolved.digest}`;
    const done = (from, installed) => ({
        location,
        digest: resolved.digest,
        source: from,
        build: installed.build,
        ...(early ?? installed.age),
        requests: source.requests - run.startRequests,
        dbDir: options.dbDir,
        fallbacks: [...run.failures],
        resolved,
    });
    removeQuietly(options.artifactDir);
    try {
        const restored = await fromActionsCache(run, resolved, key, early);
        if (restored)
            return done('actions-cache', restored);
        const started = Date.now();
        external_node_fs_.mkdirSync(options.artifactDir, { recursive: true });
        const bytes = await source.download(resolved, options.artifactDir);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const installed = await install(run, resolved, early);
        options.logger.info(`${source.label}: downloaded ${resolved.digest} from ${location} (${formatBytes(bytes)} in ${seconds} s).`);
        if (options.cache)
            await actionsCacheEntry(options.cache, [options.artifactDir], key, source.label, options.logger).save();
        return done('download', installed);
    }
    finally {
        removeQuietly(options.artifactDir);
    }
}
/** Remembers a digest found too old, so another location serving it fails at once. */
function noteStale(run, resolved, check) {
    try {
        return check();
    }
    catch (error) {
        if (error instanceof StaleDbError)
            run.staleDigests.set(resolved.digest, resolved.location);
        throw error;
    }
}
/** Step 3: the Actions cache entry under `key`, checked again; undefined on a miss or an unusable entry. */
async function fromActionsCache(run, resolved, key, early) {
    const { source, options } = run;
    if (!options.cache)
        return undefined;
    if (!(await actionsCacheEntry(options.cache, [options.artifactDir], key, source.label, options.logger).restore())) {
        return undefined;
    }
    try {
        await source.verifyStored(resolved, options.artifactDir);
        const installed = await install(run, resolved, early);
        options.logger.info(`${source.label}: ${resolved.digest} from ${resolved.location}, restored from the Actions cache (${key}).`);
        return installed;
    }
    catch (error) {
        if (error instanceof StaleDbError)
            throw error;
        options.logger.warning(`The cached ${source.label} (${key}) is unusable (${failureReason(error)}); downloading it.`);
        removeQuietly(options.artifactDir);
        return undefined;
    }
}
/** Unpacks the checked artifact into a staging directory, checks its age, marks it and swaps it into dbDir. */
async function install(run, resolved, early) {
    const { source, options } = run;
    const staging = makeStagingDir(options.dbDir);
    try {
        const unpacked = await source.unpack(resolved, options.artifactDir, staging);
        const build = unpacked.build ?? resolved.build;
        if (!build)
            throw new Error(`${source.kind}: the source gave no build time`);
        const age = early ?? noteStale(run, resolved, () => ageOf(source, options, build));
        const marker = {
            schema: 1,
            kind: source.kind,
            repository: resolved.location,
            manifestDigest: resolved.digest,
            updatedAt: build.updatedAt.toISOString(),
            ...(build.nextUpdate ? { nextUpdate: build.nextUpdate.toISOString() } : {}),
            preparedAt: options.now().toISOString(),
            ...(options.jobId !== undefined ? { job: options.jobId } : {}),
            files: unpacked.files,
        };
        writeMarker(staging, marker);
        swapIntoPlace(staging, options.dbDir);
        return { build, age };
    }
    catch (error) {
        removeQuietly(staging);
        throw error;
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./packages/vuln-db/src/verified-download.ts
/**
 * Streams an HTTP response body to a file while hashing it, and keeps the
 * file only when its SHA-256 (and size, when known) match what was expected.
 * Nothing else may read the bytes before that check.
 */







/** `sha256:<hex>` of a file, streamed. */
async function sha256FileDigest(file) {
    return `sha256:${await (0,digest/* sha256File */.Q3)(file)}`;
}
/** The bytes do not match the digest or size they were announced with. */
class DigestMismatchError extends src/* InfrastructureError */.EN {
    name = 'DigestMismatchError';
}
/** Hashes and counts what passes through; fails once more than `limit` bytes arrive. */
class DigestingLimiter extends external_node_stream_.Transform {
    limit;
    label;
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    constructor(limit, label) {
        super();
        this.limit = limit;
        this.label = label;
    }
    _transform(chunk, _encoding, callback) {
        this.bytes += chunk.length;
        if (this.bytes > this.limit) {
            callback(new DigestMismatchError(`${this.label}: more than the expected ${this.limit} bytes; refused`));
            return;
        }
        this.hash.update(chunk);
        callback(null, chunk);
    }
}
/**
 * Writes `response.body` to `<file>.partial`, then renames it to `file` once
 * it matches `expected`. Throws DigestMismatchError on a mismatch and a
 * retryable HttpRequestError when the body breaks off; leaves no file behind
 * either way. Returns the byte count.
 */
async function saveVerifiedBody(response, file, expected, label, url) {
    if (!digest/* SHA256_DIGEST */.fu.test(expected.digest)) {
        throw new src/* InfrastructureError */.EN(`${label}: unsupported digest '${expected.digest.slice(0, 100)}' (sha256:<64 hex> only)`);
    }
    const partial = `${file}.partial`;
    const limit = expected.size ?? expected.maxBytes ?? Number.MAX_SAFE_INTEGER;
    const declared = response.headers.get('content-length');
    if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) {
        await response.body?.cancel().catch(() => undefined);
        throw new DigestMismatchError(`${label}: announces ${declared} bytes, more than the expected ${limit}; refused`);
    }
    if (!response.body)
        throw new src/* HttpRequestError */.Ci(`${label}: empty answer`, url, response.status, true);
    const limiter = new DigestingLimiter(limit, label);
    try {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_.Readable.fromWeb(response.body), limiter, external_node_fs_.createWriteStream(partial));
    }
    catch (error) {
        external_node_fs_.rmSync(partial, { force: true });
        if (error instanceof src/* InfrastructureError */.EN)
            throw error;
        const why = error instanceof Error ? error.message : String(error);
        throw new src/* HttpRequestError */.Ci(`${label}: the download broke off (${why})`, url, undefined, true, { cause: error });
    }
    const actual = `sha256:${limiter.hash.digest('hex')}`;
    if ((expected.size !== undefined && limiter.bytes !== expected.size) || actual !== expected.digest) {
        external_node_fs_.rmSync(partial, { force: true });
        const size = expected.size !== undefined ? ` (${expected.size} bytes)` : '';
        throw new DigestMismatchError(`${label}: the content does not match its digest: got ${actual} (${limiter.bytes} bytes), expected ${expected.digest}${size}; refused`);
    }
    external_node_fs_.renameSync(partial, file);
    return limiter.bytes;
}

;// CONCATENATED MODULE: ./packages/vuln-db/src/oci-artifact.ts
/**
 * The source for artifacts served by an OCI registry (Trivy's DB, Java DB
 * and checks bundle): a tag resolved to its manifest digest with one HEAD,
 * the manifest fetched by that digest, and the one layer of the expected
 * media type streamed to a file with its SHA-256 and size checked before
 * anything reads it. Anonymous (no credential provider), exact retry delays
 * (no jitter), plain HTTP for loopback registries only — @scs/oci's
 * RegistryClient does the transport.
 */







/** What is stored for one registry artifact (and saved to the Actions cache). */
const ARTIFACT_MANIFEST = 'manifest.json';
const ARTIFACT_LAYER = 'layer.tar.gz';
const oci_artifact_MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The client the DB pulls use: @scs/oci's, anonymous, with exact retry delays. */
function vulnDbRegistryClient(options = {}) {
    return new RegistryClient({ userAgent: 'scs-vuln-db', ...options, retry: { jitter: 0, ...options.retry } });
}
/**
 * The manifest digest of `ref` (its tag or digest): one HEAD; a registry
 * whose HEAD carries no `Docker-Content-Digest` costs a GET, whose body is
 * hashed (and returned so it is not fetched again).
 */
async function resolveManifestDigest(client, ref) {
    const url = (0,src/* displayUrl */.Qy)(client.url(ref, 'manifests', ref.reference));
    const head = await client.headManifest(ref);
    if (head === undefined)
        throw new src/* HttpRequestError */.Ci(`HEAD ${url}: HTTP 404 (${ref.name} not found)`, url, 404, false);
    if (head.digest) {
        if (ref.digest && head.digest !== ref.digest) {
            throw new src/* InfrastructureError */.EN(`HEAD ${url}: the registry answered ${head.digest} for ${ref.digest}`);
        }
        return { digest: head.digest };
    }
    const manifest = await client.getManifest(ref, ref.digest);
    return { digest: manifest.digest, manifest };
}
/**
 * Streams the blob `descriptor` names into `file`: the bytes go to
 * `<file>.partial` first, and `file` appears only once size and SHA-256
 * match (DigestMismatchError otherwise, not retried). On any failure
 * nothing is left behind.
 */
async function downloadVerifiedBlob(client, ref, descriptor, file) {
    try {
        return await client.streamBlob(ref, descriptor, (response, label, url) => saveVerifiedBody(response, file, { digest: descriptor.digest, size: descriptor.size }, label, url));
    }
    catch (error) {
        external_node_fs_.rmSync(`${file}.partial`, { force: true });
        external_node_fs_.rmSync(file, { force: true });
        throw error;
    }
}
function pickLayer(layers, mediaType, where) {
    const matching = layers.filter((layer) => layer.mediaType === mediaType);
    if (matching.length !== 1) {
        const have = layers.map((layer) => layer.mediaType).join(', ') || 'none';
        throw new src/* InfrastructureError */.EN(`${where}: expected one layer of type ${mediaType}, found ${matching.length} (layers: ${have})`);
    }
    return matching[0];
}
/** A registry artifact as a pipeline source. References are checked when it is built (ConfigurationError). */
class OciArtifactSource {
    artifact;
    client;
    noun = { one: 'repository', many: 'repositories' };
    refs = new Map();
    constructor(artifact, repositories, inputName, client) {
        this.artifact = artifact;
        this.client = client;
        if (repositories.length === 0)
            throw new src/* ConfigurationError */.j1(`\`${inputName}\` names no repository for the ${artifact.label}.`);
        for (const repository of repositories) {
            this.refs.set(repository, (0,src_reference/* parseRegistryReference */.qq)(repository, { defaultTag: artifact.defaultTag, label: inputName }));
        }
    }
    get kind() {
        return this.artifact.kind;
    }
    get label() {
        return this.artifact.label;
    }
    get cacheKeyPrefix() {
        return this.artifact.cacheKeyPrefix;
    }
    get unavailable() {
        return this.artifact.unavailable;
    }
    get requests() {
        return this.client.requests;
    }
    async resolve(location) {
        const ref = this.refs.get(location);
        const resolved = await resolveManifestDigest(this.client, ref);
        return { location, ref, digest: resolved.digest, ...(resolved.manifest ? { manifest: resolved.manifest } : {}) };
    }
    async download(resolved, artifactDir) {
        const fetched = resolved.manifest ?? (await this.client.getManifest(resolved.ref, resolved.digest));
        const where = `${resolved.location}@${resolved.digest}`;
        const layer = pickLayer(fetched.manifest.layers, this.artifact.layerMediaType, where);
        external_node_fs_.writeFileSync(external_node_path_.join(artifactDir, ARTIFACT_MANIFEST), fetched.bytes);
        await downloadVerifiedBlob(this.client, resolved.ref, layer, external_node_path_.join(artifactDir, ARTIFACT_LAYER));
        return layer.size;
    }
    async verifyStored(resolved, artifactDir) {
        const { layer } = this.storedManifest(resolved, artifactDir);
        const layerFile = external_node_path_.join(artifactDir, ARTIFACT_LAYER);
        const size = external_node_fs_.statSync(layerFile).size;
        const actual = await sha256FileDigest(layerFile);
        if (size !== layer.size || actual !== layer.digest) {
            throw new src/* InfrastructureError */.EN(`the stored layer is ${actual} (${size} bytes), not ${layer.digest} (${layer.size} bytes)`);
        }
    }
    unpack(resolved, artifactDir, staging) {
        const { manifest, layer } = this.storedManifest(resolved, artifactDir);
        return this.artifact.unpack({ file: external_node_path_.join(artifactDir, ARTIFACT_LAYER), descriptor: layer }, manifest, staging);
    }
    installedBuild(dbDir, marker) {
        return this.artifact.installedBuild(dbDir, marker);
    }
    /** The stored manifest, checked against the resolved digest, and its layer. */
    storedManifest(resolved, artifactDir) {
        const bytes = (0,src/* readFileCappedSync */.Dz)(external_node_path_.join(artifactDir, ARTIFACT_MANIFEST), oci_artifact_MAX_MANIFEST_BYTES, `the stored ${ARTIFACT_MANIFEST}`);
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        if (digest !== resolved.digest)
            throw new src/* InfrastructureError */.EN(`the stored manifest is ${digest}, not ${resolved.digest}`);
        const where = `${resolved.location}@${resolved.digest}`;
        const { manifest } = (0,src_manifest/* parseOciManifest */.Ke)(bytes, null, where);
        return { manifest, layer: pickLayer(manifest.layers, this.artifact.layerMediaType, where) };
    }
}
/**
 * Prepares one registry artifact into `<cacheDir>/<dirName>/` through the
 * pipeline. Throws VulnDbError (an InfrastructureError) when no repository
 * yields a usable one.
 */
async function prepareRegistryArtifact(artifact, dirName, options, defaultInputName) {
    const { logger } = options;
    const client = options.client ?? vulnDbRegistryClient({ log: (message) => logger.debug(message) });
    const inputName = options.inputName ?? defaultInputName;
    const source = new OciArtifactSource(artifact, options.repositories, inputName, client);
    const cacheDir = external_node_path_.resolve(options.cacheDir);
    const prepared = await prepareArtifact(source, {
        locations: options.repositories,
        dbDir: external_node_path_.join(cacheDir, dirName),
        artifactDir: external_node_path_.join(cacheDir, '.scs-db-artifacts', artifact.kind),
        maxAgeHours: options.maxAgeHours,
        stale: options.stale,
        ...(options.cache ? { cache: options.cache } : {}),
        logger,
        ...(options.jobId !== undefined ? { jobId: options.jobId } : {}),
        now: options.now ?? (() => new Date()),
    });
    return {
        kind: artifact.kind,
        repository: prepared.location,
        manifestDigest: prepared.digest,
        source: prepared.source,
        updatedAt: prepared.build.updatedAt.toISOString(),
        ...(prepared.build.nextUpdate ? { nextUpdate: prepared.build.nextUpdate.toISOString() } : {}),
        ageHours: prepared.ageHours,
        stale: prepared.stale,
        requests: prepared.requests,
        dbDir: prepared.dbDir,
        fallbacks: prepared.fallbacks,
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./packages/vuln-db/src/tar-extract.ts
/**
 * Streaming extraction of a DB archive (tar, gzip'd or zstd'd) that writes
 * only the files the caller names, into one directory, flat.
 *
 * The archive came from a registry or a CDN: every entry name is checked
 * before anything is written. An absolute name, a `..` segment, a backslash,
 * a link or a device entry rejects the whole archive (the caller extracts
 * into a staging directory and drops it). Files the caller does not select
 * are skipped unread. Bodies are streamed, never held in memory (the Trivy
 * DB is close to a gigabyte unpacked).
 */





/** An archive whose content is refused (traversal, links, corrupt headers). */
class ArchiveRejectedError extends src/* InfrastructureError */.EN {
    name = 'ArchiveRejectedError';
}
const BLOCK = 512;
/** Checks and normalises an entry name ('./db/x' → 'db/x'); throws for anything that could leave the destination. */
function checkEntryName(raw, what) {
    const shown = JSON.stringify(raw.slice(0, 200));
    if (raw.includes('\0'))
        throw new ArchiveRejectedError(`${what}: entry name ${shown} contains a NUL byte; refused`);
    if (raw.includes('\\'))
        throw new ArchiveRejectedError(`${what}: entry name ${shown} contains a backslash; refused`);
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw)) {
        throw new ArchiveRejectedError(`${what}: entry ${shown} has an absolute path; refused`);
    }
    const segments = raw.split('/').filter((segment) => segment !== '' && segment !== '.');
    if (segments.includes('..'))
        throw new ArchiveRejectedError(`${what}: entry ${shown} escapes the target directory; refused`);
    return segments.join('/');
}
function parseOctal(field) {
    if (field.length > 0 && (field[0] & 0x80) !== 0) {
        // GNU base-256: big-endian, first byte's top bit is the marker.
        let value = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return value;
    }
    const text = field.toString('latin1').replace(/\0.*$/s, '').trim();
    if (text === '')
        return 0;
    if (!/^[0-7]+$/.test(text))
        return Number.NaN;
    return parseInt(text, 8);
}
function cString(field) {
    const end = field.indexOf(0);
    return field.subarray(0, end >= 0 ? end : field.length).toString('utf8');
}
function checksumOk(header) {
    const stored = parseOctal(header.subarray(148, 156));
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    return stored === sum;
}
function parsePax(body) {
    const records = {};
    let offset = 0;
    while (offset < body.length) {
        const space = body.indexOf(0x20, offset);
        if (space < 0)
            break;
        const length = Number(body.subarray(offset, space).toString('latin1'));
        if (!Number.isSafeInteger(length) || length <= 0 || offset + length > body.length)
            break;
        const record = body.subarray(space + 1, offset + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            records[record.slice(0, eq)] = record.slice(eq + 1);
        offset += length;
    }
    return records;
}
/** Pulls exact byte counts out of an async stream of chunks. */
class ChunkReader {
    source;
    pending = [];
    available = 0;
    done = false;
    constructor(source) {
        this.source = source;
    }
    async fill() {
        if (this.done)
            return false;
        const next = await this.source.next();
        if (next.done) {
            this.done = true;
            return false;
        }
        const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
        this.pending.push(chunk);
        this.available += chunk.length;
        return true;
    }
    /** Exactly n bytes, or null when the stream ends first (with what was left discarded). */
    async read(n) {
        while (this.available < n)
            if (!(await this.fill()))
                return null;
        return this.take(n);
    }
    /** Between 1 and max bytes, or null at the end. */
    async readSome(max) {
        if (this.available === 0 && !(await this.fill()))
            return null;
        return this.take(Math.min(max, this.available));
    }
    take(n) {
        const whole = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
        const out = whole.subarray(0, n);
        const rest = whole.subarray(n);
        this.pending = rest.length > 0 ? [rest] : [];
        this.available = rest.length;
        return out;
    }
    async skip(n, what) {
        let left = n;
        while (left > 0) {
            const chunk = await this.readSome(Math.min(left, 1 << 20));
            if (!chunk)
                throw new ArchiveRejectedError(`${what}: the archive ends inside an entry`);
            left -= chunk.length;
        }
    }
}
function decompressed(file, compression) {
    const source = external_node_fs_.createReadStream(file);
    if (compression === 'none')
        return source;
    const decoder = compression === 'gzip' ? external_node_zlib_.createGunzip() : external_node_zlib_.createZstdDecompress();
    // pipeline destroys the decoder with the source's error, so the reader sees it.
    (0,external_node_stream_.pipeline)(source, decoder, () => undefined);
    return decoder;
}
async function readHeader(reader, what) {
    try {
        return await reader.read(BLOCK);
    }
    catch (error) {
        throw new ArchiveRejectedError(`${what}: cannot be decompressed (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
}
/**
 * The next entry that is not an extended header, or null at the end of the
 * archive. Extended headers (pax, GNU long names) are read into `state`.
 */
async function nextEntry(reader, state, what) {
    for (;;) {
        const header = await readHeader(reader, what);
        if (!header) {
            if (!state.sawEntry)
                throw new ArchiveRejectedError(`${what}: empty archive`);
            return null; // no end-of-archive blocks: tolerated, as GNU tar does
        }
        if (header.every((byte) => byte === 0))
            return null;
        if (!checksumOk(header))
            throw new ArchiveRejectedError(`${what}: not a tar archive, or a corrupt header (checksum mismatch)`);
        state.sawEntry = true;
        const type = String.fromCharCode(header[156]);
        const size = parseOctal(header.subarray(124, 136));
        if (!Number.isSafeInteger(size) || size < 0)
            throw new ArchiveRejectedError(`${what}: an entry has an unreadable size`);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
            if (size > 1024 * 1024)
                throw new ArchiveRejectedError(`${what}: an extended header of ${size} bytes; refused`);
            const body = await reader.read(padded);
            if (!body)
                throw new ArchiveRejectedError(`${what}: the archive ends inside an extended header`);
            if (type === 'x')
                state.pax = { ...state.pax, ...parsePax(body.subarray(0, size)) };
            if (type === 'L')
                state.longName = cString(body.subarray(0, size));
            continue;
        }
        const magic = header.subarray(257, 263).toString('latin1');
        const prefix = magic.startsWith('ustar') && magic !== 'ustar ' ? cString(header.subarray(345, 500)) : '';
        const headerName = cString(header.subarray(0, 100));
        const rawName = state.pax.path ?? state.longName ?? (prefix ? `${prefix}/${headerName}` : headerName);
        const entrySize = state.pax.size !== undefined ? Number(state.pax.size) : size;
        state.pax = {};
        delete state.longName;
        const name = checkEntryName(rawName, what);
        if (type === '5')
            return { name, rawName, type, size: 0, padded };
        if (!Number.isSafeInteger(entrySize) || entrySize < 0)
            throw new ArchiveRejectedError(`${what}: entry ${name} has an unreadable size`);
        return { name, rawName, type, size: entrySize, padded: Math.ceil(entrySize / BLOCK) * BLOCK };
    }
}
/** Refuses links, devices and anything else that is not a plain file or a directory. */
function checkEntryType(entry, what) {
    const shown = JSON.stringify(entry.rawName.slice(0, 200));
    switch (entry.type) {
        case '5':
            return 'directory';
        case '0':
        case '\0':
        case '7':
            return 'file';
        case '1':
        case '2':
            throw new ArchiveRejectedError(`${what}: entry ${shown} is a ${entry.type === '1' ? 'hard' : 'symbolic'} link; refused`);
        default:
            throw new ArchiveRejectedError(`${what}: entry ${shown} has unsupported type '${entry.type}'; refused`);
    }
}
/** Checks what select() returned: a plain file name, or (nested) a relative path of plain segments. */
function checkTarget(target, nested) {
    const segments = target.split('/');
    const plain = (segment) => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes('\\');
    if (!(nested ? segments.every(plain) : segments.length === 1 && plain(target))) {
        throw new Error(`select() must return a plain ${nested ? 'relative path' : 'file name'}; got ${JSON.stringify(target)}`);
    }
}
/** Streams one entry's body into `dest/target` (a new file; never through an existing one). */
async function writeEntry(reader, entry, file, what) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
    const handle = await external_node_fs_.promises.open(file, 'wx', 0o644);
    try {
        let left = entry.size;
        while (left > 0) {
            const chunk = await reader.readSome(Math.min(left, 1 << 20));
            if (!chunk)
                throw new ArchiveRejectedError(`${what}: the archive ends inside ${entry.name}`);
            await handle.write(chunk);
            left -= chunk.length;
        }
    }
    finally {
        await handle.close();
    }
    await reader.skip(entry.padded - entry.size, what);
}
/**
 * Extracts the selected regular files of the tar archive `file` into `dest`
 * (created). Throws ArchiveRejectedError for a refused entry or a corrupt
 * archive; what was written by then stays in `dest` for the caller to drop.
 */
async function extractArchive(file, compression, dest, options) {
    const { what } = options;
    const maxFileBytes = options.maxFileBytes ?? 16 * 1024 ** 3;
    const maxFiles = options.maxFiles ?? 100_000;
    external_node_fs_.mkdirSync(dest, { recursive: true });
    const stream = decompressed(file, compression);
    const reader = new ChunkReader(stream[Symbol.asyncIterator]());
    const result = { files: [], skipped: [] };
    const written = new Set();
    const state = { pax: {}, sawEntry: false };
    try {
        for (let entry = await nextEntry(reader, state, what); entry; entry = await nextEntry(reader, state, what)) {
            const target = checkEntryType(entry, what) === 'file' && entry.name !== '' ? options.select(entry.name) : undefined;
            if (target === undefined) {
                if (entry.type !== '5')
                    result.skipped.push(entry.name);
                await reader.skip(entry.padded, what);
                continue;
            }
            checkTarget(target, options.nested ?? false);
            if (written.has(target))
                throw new ArchiveRejectedError(`${what}: ${entry.name} appears twice; refused`);
            if (entry.size > maxFileBytes)
                throw new ArchiveRejectedError(`${what}: ${entry.name} is ${entry.size} bytes, over the ${maxFileBytes}-byte limit`);
            if (written.size >= maxFiles)
                throw new ArchiveRejectedError(`${what}: more than ${maxFiles} files; refused`);
            written.add(target);
            await writeEntry(reader, entry, external_node_path_.join(dest, target), what);
            result.files.push(target);
        }
    }
    catch (error) {
        if (error instanceof src/* InfrastructureError */.EN)
            throw error;
        throw new ArchiveRejectedError(`${what}: cannot be read (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    finally {
        stream.destroy();
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/vuln-db/src/trivy-checks.ts
/**
 * Trivy's misconfiguration checks bundle (`trivy-checks:1`, an OPA bundle
 * pushed as an OCI artifact), fetched by us so Trivy runs with
 * `--skip-check-update` (`--skip-policy-update` on older builds) on a
 * prepared cache and never downloads it itself.
 *
 * Where Trivy looks for it (shown with the real Trivy test binary in
 * test/integration/scan-trivy-artifacts.test.ts): `<cache-dir>/policy/content/`
 * holds the unpacked bundle, whose `.manifest` (OPA's bundle manifest, with
 * optional `roots`) Trivy reads first — without it the cached bundle is
 * ignored and the checks embedded in the binary are used — and
 * `<cache-dir>/policy/metadata.json` records `{"Digest", "DownloadedAt"}`.
 * With a bundle in place, Trivy loads its checks instead of the embedded ones.
 *
 * The bundle carries no metadata.json of its own: its build time is the
 * manifest's `org.opencontainers.image.created` annotation (set by oras,
 * which publishes it); a bundle without one cannot be age-checked and is
 * refused (unless the caller sets no age limit, maxAgeHours Infinity).
 */






const TRIVY_CHECKS_LAYER_MEDIA_TYPE = 'application/vnd.cncf.openpolicyagent.layer.v1.tar+gzip';
const DEFAULT_TRIVY_CHECKS_REPOSITORIES = Object.freeze([
    'mirror.gcr.io/aquasec/trivy-checks:1',
    'ghcr.io/aquasecurity/trivy-checks:1',
]);
/**
 * The oldest bundle a scan accepts by default, in hours (90 days). The bundle
 * is republished with trivy-checks releases, weeks apart, not every few hours
 * like the DBs: `db-max-age` (hours, made for DBs rebuilt every 6 h) would
 * refuse a current bundle between releases. A bundle a quarter old means the
 * mirror stopped following releases.
 */
const CHECKS_BUNDLE_MAX_AGE_HOURS = 90 * 24;
/** The folder under Trivy's --cache-dir, and the bundle's folder inside it. */
const TRIVY_CHECKS_DIR = 'policy';
const CONTENT_DIR = 'content';
const BUNDLE_MANIFEST = '.manifest';
const METADATA_FILE = 'metadata.json';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
/** A bundle has a few thousand small files (Rego, JSON schemas). */
const MAX_BUNDLE_FILES = 20_000;
const MAX_BUNDLE_FILE_BYTES = 32 * 1024 * 1024;
/** The bundle's build time from its manifest; refused when absent (unless no age limit). */
function bundleBuild(manifest, unlimitedAge) {
    const created = parseTime(manifest.annotations?.[CREATED_ANNOTATION]);
    if (created)
        return { updatedAt: created };
    if (unlimitedAge)
        return { updatedAt: new Date(0) };
    throw new src/* InfrastructureError */.EN(`the checks bundle's manifest has no ${CREATED_ANNOTATION} annotation, so its age cannot be checked; refused (oras sets it when pushing; mirror the bundle with a tool that copies the manifest unchanged)`);
}
/** The checks bundle as a registry artifact: the layer is unpacked whole into `content/`. */
function trivyChecksArtifact(options) {
    return {
        kind: 'trivy-checks',
        label: 'Trivy misconfiguration checks bundle',
        layerMediaType: TRIVY_CHECKS_LAYER_MEDIA_TYPE,
        defaultTag: '1',
        cacheKeyPrefix: 'scs-trivy-checks-',
        unavailable: 'Misconfiguration checks unavailable',
        async unpack(layer, manifest, staging) {
            const build = bundleBuild(manifest, options.unlimitedAge);
            const result = await extractArchive(layer.file, 'gzip', external_node_path_.join(staging, CONTENT_DIR), {
                what: `the checks bundle layer ${layer.descriptor.digest}`,
                select: (name) => name,
                nested: true,
                maxFiles: MAX_BUNDLE_FILES,
                maxFileBytes: MAX_BUNDLE_FILE_BYTES,
            });
            if (!result.files.includes(BUNDLE_MANIFEST)) {
                throw new src/* InfrastructureError */.EN(`the checks bundle layer has no ${BUNDLE_MANIFEST} (not an OPA bundle)`);
            }
            // What Trivy writes after its own download; it reads the bundle through content/.manifest.
            const metadata = { Digest: layer.descriptor.digest, DownloadedAt: options.now().toISOString() };
            external_node_fs_.writeFileSync(external_node_path_.join(staging, METADATA_FILE), `${JSON.stringify(metadata)}\n`, { flag: 'wx' });
            return { files: [...result.files.map((file) => `${CONTENT_DIR}/${file}`), METADATA_FILE], build };
        },
        installedBuild(_dbDir, marker) {
            const updatedAt = parseTime(marker.updatedAt);
            if (!updatedAt)
                throw new src/* InfrastructureError */.EN('the marker has no readable build time');
            return { updatedAt };
        },
    };
}
/**
 * Fetches Trivy's checks bundle into `<cacheDir>/policy/` through the
 * pipeline (pipeline.ts). Throws VulnDbError (an InfrastructureError) when no
 * repository yields a usable bundle.
 */
async function prepareTrivyChecks(options) {
    const artifact = trivyChecksArtifact({
        unlimitedAge: options.maxAgeHours === Infinity,
        now: options.now ?? (() => new Date()),
    });
    const prepared = await prepareRegistryArtifact(artifact, TRIVY_CHECKS_DIR, options, 'checks-bundle-repository');
    return { ...prepared, kind: 'trivy-checks' };
}

;// CONCATENATED MODULE: ./packages/vuln-db/src/trivy-db.ts
/**
 * Trivy's vulnerability DB (and Java DB), fetched by us so Trivy can run
 * with `--skip-db-update` (`--skip-java-db-update`) on a prepared cache.
 *
 * Both are registry artifacts (oci-artifact.ts) going through the one
 * prepare → verify → cache → install flow (pipeline.ts): the Actions cache
 * key is `scs-trivy-db-<manifest digest>` (`scs-trivy-java-db-…`), the
 * layer is unpacked to `trivy.db` (`trivy-java.db`) + `metadata.json`
 * (unsafe entries refuse the archive), and the schema version and the age
 * come from that metadata.json.
 */






const TRIVY_DB = Object.freeze({
    kind: 'trivy-db',
    label: 'Trivy vulnerability database',
    dirName: 'db',
    dbFile: 'trivy.db',
    layerMediaType: 'application/vnd.aquasec.trivy.db.layer.v1.tar+gzip',
    schemaVersion: 2,
    defaultTag: '2',
    cacheKeyPrefix: 'scs-trivy-db-',
});
const TRIVY_JAVA_DB = Object.freeze({
    kind: 'trivy-java-db',
    label: 'Trivy Java vulnerability database',
    dirName: 'java-db',
    dbFile: 'trivy-java.db',
    layerMediaType: 'application/vnd.aquasec.trivy.javadb.layer.v1.tar+gzip',
    schemaVersion: 1,
    defaultTag: '1',
    cacheKeyPrefix: 'scs-trivy-java-db-',
});
const DEFAULT_TRIVY_DB_REPOSITORIES = Object.freeze([
    'mirror.gcr.io/aquasec/trivy-db:2',
    'ghcr.io/aquasecurity/trivy-db:2',
]);
const DEFAULT_TRIVY_JAVA_DB_REPOSITORIES = Object.freeze([
    'mirror.gcr.io/aquasec/trivy-java-db:1',
    'ghcr.io/aquasecurity/trivy-java-db:1',
]);
const trivy_db_METADATA_FILE = 'metadata.json';
/** Reads and checks a Trivy DB's metadata.json (schema version, UpdatedAt). */
function readTrivyMetadata(dir, kind) {
    let parsed;
    try {
        parsed = JSON.parse((0,src/* readFileCappedSync */.Dz)(external_node_path_.join(dir, trivy_db_METADATA_FILE), 64 * 1024, trivy_db_METADATA_FILE).toString('utf8'));
    }
    catch (error) {
        throw new src/* InfrastructureError */.EN(`the ${kind.label}'s ${trivy_db_METADATA_FILE} is missing or not JSON`, { cause: error });
    }
    if (parsed.Version !== kind.schemaVersion) {
        throw new src/* InfrastructureError */.EN(`the ${kind.label} has schema version ${JSON.stringify(parsed.Version)}; this action reads version ${kind.schemaVersion} (check the repository's tag)`);
    }
    const updatedAt = parseTime(parsed.UpdatedAt);
    if (!updatedAt)
        throw new src/* InfrastructureError */.EN(`the ${kind.label}'s ${trivy_db_METADATA_FILE} has no readable UpdatedAt`);
    const nextUpdate = parseTime(parsed.NextUpdate);
    return { updatedAt, ...(nextUpdate ? { nextUpdate } : {}) };
}
/** A Trivy DB kind as a registry artifact: the layer holds the DB file and metadata.json. */
function trivyDbArtifact(kind) {
    const wanted = [kind.dbFile, trivy_db_METADATA_FILE];
    return {
        ...kind,
        unavailable: 'Vulnerability database unavailable',
        async unpack(layer, _manifest, staging) {
            const result = await extractArchive(layer.file, 'gzip', staging, {
                what: `the ${kind.label} layer ${layer.descriptor.digest}`,
                select: (name) => (wanted.includes(name) ? name : undefined),
            });
            for (const file of wanted) {
                if (!result.files.includes(file))
                    throw new src/* InfrastructureError */.EN(`the ${kind.label} layer has no ${file}`);
            }
            return { files: wanted, build: readTrivyMetadata(staging, kind) };
        },
        installedBuild(dbDir) {
            if (!external_node_fs_.existsSync(external_node_path_.join(dbDir, kind.dbFile)))
                throw new src/* InfrastructureError */.EN(`${kind.dbFile} is missing`);
            return readTrivyMetadata(dbDir, kind);
        },
    };
}
/**
 * Fetches Trivy's vulnerability DB into `<cacheDir>/db/` (see pipeline.ts
 * for the order of sources). Throws VulnDbError (an InfrastructureError)
 * when no repository yields a usable DB.
 */
function prepareTrivyDb(options) {
    return prepareTrivyArtifact(TRIVY_DB, options);
}
/** The same for Trivy's Java DB (`trivy-java-db:1`) into `<cacheDir>/java-db/`. */
function prepareTrivyJavaDb(options) {
    return prepareTrivyArtifact(TRIVY_JAVA_DB, { inputName: 'java-db-repository', ...options });
}
/** Either Trivy DB through the pipeline. */
async function prepareTrivyArtifact(kind, options) {
    const prepared = await prepareRegistryArtifact(trivyDbArtifact(kind), kind.dirName, options, 'db-repository');
    return { ...prepared, kind: kind.kind };
}

// EXTERNAL MODULE: ./packages/vocabulary/src/json.ts
var json = __nccwpck_require__(9522);
;// CONCATENATED MODULE: ./packages/vuln-db/src/grype-db.ts
/**
 * Grype's vulnerability DB (schema v6), fetched by us so Grype can run with
 * auto-update off on a prepared cache directory.
 *
 * Grype's own distribution (anchore/grype grype/db/v6/distribution): a
 * listing document at `https://grype.anchore.io/databases/v6/latest.json`,
 *
 *   {"status": "active", "schemaVersion": "v6.1.10", "built": "2025-…Z",
 *    "path": "vulnerability-db_v6.1.10_…_….tar.zst", "checksum": "sha256:…"}
 *
 * where `path` is relative to the listing's own location and the archive
 * (tar.zst by default; tar.gz and tar.xz possible) holds `vulnerability.db`
 * and optionally `import.json`. Grype keeps the DB in `<cache-dir>/6/`.
 *
 * The same flow as Trivy's artifacts (pipeline.ts), with the listing as
 * the source: resolving a listing URL is a GET of the listing (bounded
 * retries, a 1 MiB cap while reading), whose `built` is checked against the
 * age limit before anything is downloaded; the Actions cache key is
 * `scs-grype-db-<checksum>` and holds the archive, re-verified on restore;
 * a download has its SHA-256 checked while streaming.
 *
 * Installing: the scan action has the real `grype db import` install the
 * verified archive (`grypeDbImportInstaller`), as Grype does with its own
 * downloads: it unpacks it, builds the DB's indexes ("hydrates" it) and writes
 * `import.json` (an xxh64 digest of vulnerability.db and the client's schema
 * version). Grype 0.120.1 refuses a DB without `import.json` ("no import
 * metadata file", from its reader and its status check), and Anchore's
 * publisher builds with grype-db's default `hydrate: false`, so the published
 * archive holds vulnerability.db alone: unpacking it is not enough (found by
 * running the real grype against an archive written by grype's own DB writer,
 * test/interop/scan-grype.test.ts). `extractGrypeArchive` (unpack in Node,
 * zstd through node:zlib) stays for archives that carry their `import.json`.
 */









const DEFAULT_GRYPE_DB_LISTING_URL = 'https://grype.anchore.io/databases/v6/latest.json';
/** The DB schema model this action installs (Grype ≥ 0.88 reads v6). */
const GRYPE_DB_MODEL = 6;
const GRYPE_DB_FILE = 'vulnerability.db';
const GRYPE_IMPORT_METADATA_FILE = 'import.json';
const KIND = 'grype-db';
const LABEL = 'Grype vulnerability database';
const CACHE_KEY_PREFIX = 'scs-grype-db-';
const MAX_LISTING_BYTES = 1024 * 1024;
const MAX_ARCHIVE_BYTES = 8 * 1024 ** 3;
const ARTIFACT_LISTING = 'latest.json';
/** Parses and checks a v6 `latest.json`. */
function parseGrypeListing(text, where) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new src/* InfrastructureError */.EN(`${where}: the listing is not JSON`, { cause: error });
    }
    if (!(0,json/* isObject */.G)(parsed))
        throw new src/* InfrastructureError */.EN(`${where}: the listing is not a JSON object`);
    const schemaVersion = typeof parsed.schemaVersion === 'string' ? parsed.schemaVersion : '';
    const version = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(schemaVersion);
    if (!version)
        throw new src/* InfrastructureError */.EN(`${where}: the listing has no valid schemaVersion (got ${JSON.stringify(parsed.schemaVersion)})`);
    const model = Number(version[1]);
    if (model !== GRYPE_DB_MODEL) {
        throw new src/* InfrastructureError */.EN(`${where}: the listing offers a schema v${model} DB; this action installs v${GRYPE_DB_MODEL}`);
    }
    const built = parseTime(parsed.built);
    if (!built)
        throw new src/* InfrastructureError */.EN(`${where}: the listing has no valid \`built\` time`);
    const archivePath = typeof parsed.path === 'string' ? parsed.path : '';
    if (!/^[A-Za-z0-9._+:-]+(?:\/[A-Za-z0-9._+:-]+)*$/.test(archivePath) ||
        archivePath.split('/').some((s) => s === '..' || s === '.')) {
        throw new src/* InfrastructureError */.EN(`${where}: the listing's archive path ${JSON.stringify(String(parsed.path).slice(0, 200))} is not a plain relative path; refused`);
    }
    const checksum = typeof parsed.checksum === 'string' ? parsed.checksum : '';
    if (!digest/* SHA256_DIGEST */.fu.test(checksum)) {
        throw new src/* InfrastructureError */.EN(`${where}: the listing's checksum ${JSON.stringify(checksum.slice(0, 100))} is not sha256:<64 hex>`);
    }
    const status = typeof parsed.status === 'string' && parsed.status !== '' ? parsed.status : 'active';
    return { status, schemaVersion, model, built, path: archivePath, checksum };
}
/**
 * The archive's URL: the listing URL's folder joined with `path`, as Grype
 * does (same origin by construction; `path` was checked to be plain
 * relative segments; real names hold colons from an RFC 3339 time).
 */
function grypeArchiveUrl(listingUrl, archivePath) {
    const url = new URL(listingUrl);
    url.pathname = `${url.pathname.replace(/[^/]*$/, '')}${archivePath}`;
    url.search = '';
    url.hash = '';
    return url.href;
}
function archiveCompression(archivePath) {
    if (archivePath.endsWith('.tar.zst'))
        return 'zstd';
    if (archivePath.endsWith('.tar.gz') || archivePath.endsWith('.tgz'))
        return 'gzip';
    if (archivePath.endsWith('.tar'))
        return 'none';
    throw new src/* InfrastructureError */.EN(`the Grype DB archive ${archivePath.slice(0, 200)} is in a format this action cannot unpack (tar.zst, tar.gz and tar are supported)`);
}
/** Checks a listing URL: https, or http on loopback only. */
function checkListingUrl(value, inputName) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`\`${inputName}\` must be a URL; got '${value.slice(0, 200)}'.`);
    }
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && (0,src_reference/* isLoopbackHost */.cW)(url.host)))) {
        throw new src/* ConfigurationError */.j1(`\`${inputName}\` must be an https:// URL (http:// only for loopback); got '${(0,src/* displayUrl */.Qy)(value).slice(0, 200)}'.`);
    }
    if (url.username || url.password)
        throw new src/* ConfigurationError */.j1(`\`${inputName}\` must not carry credentials.`);
    return url.href;
}
/** The default installer: unpacks `vulnerability.db` (+ `import.json`) in Node. */
const extractGrypeArchive = async (archive, stagingDir) => {
    const wanted = new Set([GRYPE_DB_FILE, GRYPE_IMPORT_METADATA_FILE]);
    const result = await extractArchive(archive.file, archive.compression, stagingDir, {
        what: 'the Grype DB archive',
        select: (name) => (wanted.has(name) ? name : undefined),
    });
    if (!result.files.includes(GRYPE_DB_FILE))
        throw new src/* InfrastructureError */.EN(`the Grype DB archive has no ${GRYPE_DB_FILE}`);
    return result.files;
};
/**
 * An installer that checks the archive's entries in Node (unsafe entries
 * refuse it, nothing written), then runs `grype db import <archive>` with
 * GRYPE_DB_CACHE_DIR pointing into a scratch folder, so Grype hydrates the DB
 * and writes import.json as it does for its own downloads, and moves the
 * result into the staging directory. Grype runs in that private scratch
 * folder with an explicit empty config (`-c`), so no .grype.yaml of the
 * checkout, the home directory or GRYPE_CONFIG is read.
 */
function grypeDbImportInstaller(options) {
    return async (archive, stagingDir) => {
        const scratch = `${stagingDir}.import`;
        removeQuietly(scratch);
        external_node_fs_.mkdirSync(scratch, { recursive: true, mode: 0o700 });
        try {
            await extractArchive(archive.file, archive.compression, external_node_path_.join(scratch, 'check'), {
                what: 'the Grype DB archive',
                select: () => undefined,
            });
            const root = external_node_path_.join(scratch, 'root');
            const config = external_node_path_.join(scratch, 'empty-grype-config.yaml');
            external_node_fs_.writeFileSync(config, '{}\n', { flag: 'wx' });
            const env = {
                ...(options.env ?? {}),
                GRYPE_DB_CACHE_DIR: root,
                GRYPE_CHECK_FOR_APP_UPDATE: 'false',
            };
            delete env.GRYPE_CONFIG;
            const result = await (0,src/* runProcess */.R3)(options.grype, ['db', 'import', '-c', config, archive.file], {
                cwd: scratch,
                env,
                timeoutMs: options.timeoutMs ?? 10 * 60_000,
            });
            if (result.exitCode !== 0) {
                throw new src/* InfrastructureError */.EN(`grype db import exited with ${result.timedOut ? 'a timeout' : result.exitCode}: ${(0,src/* tailLines */.os)(result.stderr, 5)}`);
            }
            const installed = external_node_path_.join(root, String(GRYPE_DB_MODEL));
            for (const required of [GRYPE_DB_FILE, GRYPE_IMPORT_METADATA_FILE]) {
                if (!external_node_fs_.existsSync(external_node_path_.join(installed, required))) {
                    throw new src/* InfrastructureError */.EN(`grype db import left no ${GRYPE_DB_MODEL}/${required}`);
                }
            }
            const files = [];
            for (const entry of external_node_fs_.readdirSync(installed, { withFileTypes: true })) {
                if (!entry.isFile())
                    continue;
                external_node_fs_.renameSync(external_node_path_.join(installed, entry.name), external_node_path_.join(stagingDir, entry.name));
                files.push(entry.name);
            }
            return files.sort();
        }
        finally {
            removeQuietly(scratch);
        }
    };
}
/** Grype's listing URLs as a pipeline source. URLs are checked when it is built (ConfigurationError). */
class GrypeListingSource {
    options;
    kind = KIND;
    label = LABEL;
    cacheKeyPrefix = CACHE_KEY_PREFIX;
    noun = { one: 'listing URL', many: 'listing URLs' };
    unavailable = 'Vulnerability database unavailable';
    counter = new RequestCounter();
    urls = new Map();
    fetchFn;
    retry;
    installer;
    constructor(locations, inputName, options) {
        this.options = options;
        if (locations.length === 0)
            throw new src/* ConfigurationError */.j1(`\`${inputName}\` names no listing URL for the ${LABEL}.`);
        for (const location of locations)
            this.urls.set(location, checkListingUrl(location, inputName));
        this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
        this.retry = {
            policy: { ...src/* DEFAULT_RETRY_POLICY */.cO, ...options.retry },
            sleep: options.sleep ?? src/* realSleep */.uk,
            log: (message) => options.logger.debug(message),
        };
        this.installer = options.installer ?? extractGrypeArchive;
    }
    get requests() {
        return this.counter.count;
    }
    /** One GET with bounded retries; redirects by hand (action-kit's http policy: no plain HTTP off loopback). */
    get(url, timeoutMs, consume) {
        return (0,src/* withRetries */.LH)(`GET ${(0,src/* displayUrl */.Qy)(url)}`, this.retry, async () => {
            this.counter.count++;
            const response = await (0,src/* fetchWithPolicy */.Vu)(this.fetchFn, url, {
                headers: { 'User-Agent': 'scs-vuln-db' },
                signal: AbortSignal.timeout(timeoutMs),
            });
            if (response.ok)
                await consume(response);
            return response;
        });
    }
    static async checkStatus(response, label, url) {
        if (response.status === 200)
            return;
        await response.body?.cancel().catch(() => undefined);
        throw new src/* HttpRequestError */.Ci(`${label}: HTTP ${response.status}`, url, response.status, false);
    }
    async resolve(location) {
        const listingUrl = this.urls.get(location);
        const label = `GET ${(0,src/* displayUrl */.Qy)(listingUrl)}`;
        let text = '';
        const response = await this.get(listingUrl, this.options.requestTimeoutMs ?? 30_000, async (r) => {
            // The cap holds while reading: a listing of any size never takes more than 1 MiB of memory.
            try {
                text = (await (0,src/* readCapped */.EF)(r, MAX_LISTING_BYTES, `${label}: the listing`)).toString('utf8');
            }
            catch (error) {
                if (error instanceof src/* BodyReadError */.NA)
                    throw new src/* HttpRequestError */.Ci(error.message, listingUrl, r.status, true, { cause: error });
                throw error;
            }
        });
        await GrypeListingSource.checkStatus(response, label, listingUrl);
        const listing = parseGrypeListing(text, label);
        if (listing.status === 'deprecated' || listing.status === 'eol') {
            this.options.logger.warning(`The ${LABEL} listing says its schema v${listing.model} is ${listing.status === 'eol' ? 'no longer updated (end of life)' : 'deprecated'}: update the pinned Grype.`);
        }
        archiveCompression(listing.path);
        const archiveUrl = grypeArchiveUrl(listingUrl, listing.path);
        return { location, digest: listing.checksum, build: { updatedAt: listing.built }, listing, text, archiveUrl };
    }
    async download(resolved, artifactDir) {
        external_node_fs_.writeFileSync(external_node_path_.join(artifactDir, ARTIFACT_LISTING), resolved.text);
        const { archiveUrl, listing } = resolved;
        const label = `GET ${(0,src/* displayUrl */.Qy)(archiveUrl)}`;
        const file = external_node_path_.join(artifactDir, external_node_path_.basename(listing.path));
        let bytes = 0;
        const response = await this.get(archiveUrl, this.options.downloadTimeoutMs ?? 15 * 60_000, async (r) => {
            bytes = await saveVerifiedBody(r, file, { digest: listing.checksum, maxBytes: MAX_ARCHIVE_BYTES }, label, archiveUrl);
        });
        await GrypeListingSource.checkStatus(response, label, archiveUrl);
        return bytes;
    }
    async verifyStored(resolved, artifactDir) {
        const name = external_node_path_.basename(resolved.listing.path);
        const file = external_node_path_.join(artifactDir, name);
        if (!external_node_fs_.existsSync(file))
            throw new src/* InfrastructureError */.EN(`the cache entry has no ${name}`);
        const actual = await sha256FileDigest(file);
        if (actual !== resolved.digest)
            throw new src/* InfrastructureError */.EN(`the stored archive is ${actual}, not ${resolved.digest}`);
    }
    async unpack(resolved, artifactDir, staging) {
        const file = external_node_path_.join(artifactDir, external_node_path_.basename(resolved.listing.path));
        return { files: await this.installer({ file, compression: archiveCompression(resolved.listing.path) }, staging) };
    }
    installedBuild(_dbDir, marker) {
        const updatedAt = parseTime(marker.updatedAt);
        if (!updatedAt)
            throw new src/* InfrastructureError */.EN('the marker has no readable build time');
        return { updatedAt };
    }
}
/**
 * Fetches Grype's v6 DB into `<cacheDir>/6/` (see pipeline.ts for the order
 * of sources). Throws VulnDbError (an InfrastructureError) when no listing
 * yields a usable DB.
 */
async function prepareGrypeDb(options) {
    const inputName = options.inputName ?? 'db-repository';
    const locations = (typeof options.listingUrl === 'string' ? [options.listingUrl] : [...options.listingUrl])
        .map((u) => u.trim())
        .filter(Boolean);
    const source = new GrypeListingSource(locations, inputName, options);
    const cacheDir = external_node_path_.resolve(options.cacheDir);
    const prepared = await prepareArtifact(source, {
        locations,
        dbDir: external_node_path_.join(cacheDir, String(GRYPE_DB_MODEL)),
        artifactDir: external_node_path_.join(cacheDir, '.scs-db-artifacts', KIND),
        maxAgeHours: options.maxAgeHours,
        stale: options.stale,
        ...(options.cache ? { cache: options.cache } : {}),
        logger: options.logger,
        ...(options.jobId !== undefined ? { jobId: options.jobId } : {}),
        now: options.now ?? (() => new Date()),
    });
    const { resolved } = prepared;
    return {
        kind: KIND,
        listingUrl: prepared.location,
        ...(resolved ? { archiveUrl: resolved.archiveUrl, status: resolved.listing.status } : {}),
        checksum: prepared.digest,
        source: prepared.source,
        updatedAt: prepared.build.updatedAt.toISOString(),
        ageHours: prepared.ageHours,
        stale: prepared.stale,
        requests: prepared.requests,
        dbDir: prepared.dbDir,
        fallbacks: prepared.fallbacks,
    };
}

;// CONCATENATED MODULE: ./packages/vuln-db/src/db-cache.ts
let loaded;
/** `@actions/cache`, loaded on first use (a lazy chunk in the bundle); the DB cache and scan's baseline share it. */
function loadActionsCache() {
    loaded ??= __nccwpck_require__.e(/* import() */ 239).then(__nccwpck_require__.bind(__nccwpck_require__, 239));
    return loaded;
}
/**
 * The runner's cache service through `@actions/cache`. Restore asks for the
 * exact key (no restore-keys: a DB keyed by its digest is either the one
 * wanted or useless) and checks that the key that came back is that key, as
 * the service matches keys by prefix. A cache service that is not available
 * (self-hosted runner without one, `act`) is a miss, and a save does nothing.
 *
 * With a `policy` (from dbCachePolicy), restore and save each run only when
 * the policy allows them. Nothing is loaded until the first call.
 */
function actionsDbCache(policy) {
    const cache = {
        async restore(paths, key) {
            const module = await loadActionsCache();
            if (!module.isFeatureAvailable())
                return false;
            const hit = await module.restoreCache([...paths], key, []);
            return hit === key;
        },
        async save(paths, key) {
            const module = await loadActionsCache();
            if (!module.isFeatureAvailable())
                return false;
            // -1: not saved; @actions/cache has already logged why (a warning, or a note for a race).
            return (await module.saveCache([...paths], key)) !== -1;
        },
    };
    return policy ? narrowCache(cache, policy) : cache;
}
/**
 * `db-cache`: `auto` restores and saves on trusted events only. On
 * `pull_request_target` and on `workflow_run` triggered from a fork the job
 * runs with the base repository's cache scope while untrusted code may have
 * run before this step: it could have planted an entry under our key, and
 * what we save there would be shared with trusted runs. So neither.
 * `true` restores and saves on every event (the user's choice; said in the
 * reason on untrusted triggers), `false` never touches the cache.
 */
function dbCachePolicy(input, context) {
    const event = context.eventName || 'unknown event';
    switch (input) {
        case 'false':
            return { restore: false, save: false, reason: '`db-cache: false`: the DB cache is not used' };
        case 'true':
            return {
                restore: true,
                save: true,
                reason: context.untrustedTrigger
                    ? `\`db-cache: true\`: the DB cache is restored and saved although \`${event}\` is an untrusted trigger`
                    : '`db-cache: true`: the DB cache is restored and saved',
            };
        case 'auto':
            return context.untrustedTrigger
                ? {
                    restore: false,
                    save: false,
                    reason: `\`db-cache: auto\`: the DB cache is not used on \`${event}\` (an untrusted trigger: another step could have planted an entry)`,
                }
                : {
                    restore: true,
                    save: true,
                    reason: `\`db-cache: auto\`: the DB cache is restored and saved on \`${event}\``,
                };
    }
}
/** `cache` with restore and save each allowed only when `policy` says so. */
function narrowCache(cache, policy) {
    return {
        restore: (paths, key) => (policy.restore ? cache.restore(paths, key) : Promise.resolve(false)),
        save: (paths, key) => (policy.save ? cache.save(paths, key) : Promise.resolve(false)),
    };
}

;// CONCATENATED MODULE: ./packages/vuln-db/src/index.ts
/**
 * @scs/vuln-db: the one prepare → verify → cache → install flow
 * (pipeline.ts) for what the scanners would otherwise download themselves —
 * Trivy's DB, Java DB and checks bundle (registry artifacts,
 * oci-artifact.ts over @scs/oci) and Grype's DB (a listing, over action-kit's
 * http policy).
 */










;// CONCATENATED MODULE: ./actions/scan/src/baseline-cache.ts
/**
 * `baseline: auto`: the last JSON report of the same target saved on the
 * default branch, kept in the Actions cache, so that `fail-on-new-only` works
 * on a pull request without wiring artifacts.
 *
 * Keys. An entry is `scs-scan-baseline-v1-<digest>-<run id>-<attempt>`,
 * where the digest covers the repository, workflow, job and report key (by
 * default the scanner and the target, see reportKeyFor). Cache entries are
 * immutable, so every save is a new key and a restore asks for the newest
 * entry under the digest's prefix. The digest is fixed-length hex, so one
 * target's prefix is never the prefix of another's.
 *
 * Trust. Entries are saved only on push, schedule and workflow_dispatch of
 * the default branch, never on a pull request or an untrusted trigger. A pull
 * request can read the default branch's entries (GitHub's cache scopes) but
 * what it could write lands in its own scope, which the default branch never
 * reads. On untrusted triggers (pull_request_target, workflow_run from a
 * fork) the job has the base branch's scope while untrusted code may already
 * have run, so nothing is restored or saved there.
 *
 * The restored file is hostile all the same: read only when it is a regular
 * file of at most MAX_CACHED_BASELINE_BYTES, then parsed as a report like a
 * baseline file; anything else is an error, never "no baseline".
 */





const BASELINE_KEY_PREFIX = 'scs-scan-baseline-v1-';
/** Largest report restored or saved as a baseline (128 MiB). */
const MAX_CACHED_BASELINE_BYTES = 128 * 1024 * 1024;
/** Events that save a baseline when they run on the default branch. */
const BASELINE_SAVE_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
/** `@actions/cache` (loaded on first use): no cache service in the run is 'unavailable'. */
function actionsBaselineStore() {
    return {
        async restore(file, prefix) {
            const cache = await loadActionsCache();
            if (!cache.isFeatureAvailable())
                return { status: 'unavailable' };
            // No entry is ever saved under the bare prefix: it matches only as a restore key, newest first.
            const found = await cache.restoreCache([file], prefix, [prefix], { lookupOnly: true });
            if (!found)
                return { status: 'miss' };
            const key = await cache.restoreCache([file], prefix, [prefix], {
                timeoutInMs: 30_000,
                segmentTimeoutInMs: 120_000,
            });
            // @actions/cache turns a failed download or extraction into a warning and no key: an entry that
            // exists but cannot be restored is a broken baseline, never "no baseline".
            if (!key)
                return { status: 'broken', key: found };
            return { status: 'hit', key };
        },
        async save(file, key) {
            const cache = await loadActionsCache();
            if (!cache.isFeatureAvailable())
                return false;
            return (await cache.saveCache([file], key)) !== -1;
        },
    };
}
function baselineSlot(context, reportKey) {
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([context.repository.toLowerCase(), context.workflow, context.job, reportKey]))
        .digest('hex')
        .slice(0, 40);
    const dir = external_node_path_.join(context.runnerTemp, 'scs-scan-baseline', digest);
    return { prefix: `${BASELINE_KEY_PREFIX}${digest}-`, dir, file: external_node_path_.join(dir, 'report.json') };
}
function defaultBranchOf(context) {
    const repository = context.payload.repository;
    const branch = repository && typeof repository === 'object' ? repository.default_branch : undefined;
    return typeof branch === 'string' ? branch : '';
}
/** Whether this run may save a baseline, and why (for the log). */
function baselineSavePolicy(context) {
    const event = context.eventName || 'an unknown event';
    if (context.untrustedTrigger)
        return { save: false, reason: `not saved on \`${event}\`, an untrusted trigger` };
    if (!BASELINE_SAVE_EVENTS.includes(context.eventName)) {
        return {
            save: false,
            reason: `not saved on \`${event}\`: only ${BASELINE_SAVE_EVENTS.join(', ')} on the default branch save one`,
        };
    }
    const branch = defaultBranchOf(context);
    // A scheduled run is always on the default branch (GitHub runs it there); its payload may not name it.
    const onDefault = branch
        ? context.ref === `refs/heads/${branch}`
        : context.eventName === 'schedule' && context.ref.startsWith('refs/heads/');
    if (!onDefault) {
        return {
            save: false,
            reason: `not saved: \`${context.ref || 'no ref'}\` is not the default branch${branch ? ` (${branch})` : ''}`,
        };
    }
    return { save: true, reason: `saved for later runs (\`${event}\` on the default branch)` };
}
const KEY_SUFFIX = /^\d{1,20}-\d{1,6}$/;
/** Restores the newest baseline of this target; 'missing' says why there is none. */
async function restoreAutoBaseline(context, reportKey, store) {
    if (context.untrustedTrigger) {
        return {
            status: 'missing',
            reason: `not restored on \`${context.eventName}\`, an untrusted trigger (code that ran before this step could have planted an entry)`,
        };
    }
    const slot = baselineSlot(context, reportKey);
    // An empty folder: nothing left there by an earlier step is taken for the restored report.
    external_node_fs_.rmSync(slot.dir, { recursive: true, force: true });
    (0,src/* ensureConfinedDirectory */.Wn)(slot.dir, {
        name: 'baseline',
        value: 'auto',
        roots: [context.runnerTemp],
        rootsLabel: 'RUNNER_TEMP',
    });
    const result = await store.restore(slot.file, slot.prefix);
    if (result.status === 'unavailable')
        return { status: 'missing', reason: 'this run has no Actions cache service (ACTIONS_RESULTS_URL is not set)' };
    if (result.status === 'miss') {
        return {
            status: 'missing',
            reason: 'no report of this target has been saved on the default branch yet (or the cache entry expired)',
        };
    }
    if (!result.key.startsWith(slot.prefix) || !KEY_SUFFIX.test(result.key.slice(slot.prefix.length))) {
        throw new src/* InfrastructureError */.EN(`The Actions cache answered the baseline lookup with an entry this action does not write ('${result.key.slice(0, 200)}'); refused.`);
    }
    if (result.status === 'broken') {
        throw new src/* InfrastructureError */.EN(`The baseline entry ${result.key} is in the Actions cache but could not be restored (see the warning above). ${restoredBaselineFix(result.key)}`);
    }
    return { status: 'restored', file: slot.file, key: result.key };
}
/** What to do about an unusable restored baseline. */
function restoredBaselineFix(key) {
    return `Delete the cache entry (gh cache delete ${key}) and let the default branch save a new one.`;
}
/**
 * The restored report's text: a regular file (not a link) of at most
 * MAX_CACHED_BASELINE_BYTES, or an error naming the cache entry.
 */
function readRestoredBaseline(baseline) {
    const where = `The baseline restored from the Actions cache (${baseline.key})`;
    const fix = restoredBaselineFix(baseline.key);
    let stat;
    try {
        stat = external_node_fs_.lstatSync(baseline.file);
    }
    catch {
        throw new src/* InfrastructureError */.EN(`${where} holds no report.json. ${fix}`);
    }
    if (!stat.isFile())
        throw new src/* InfrastructureError */.EN(`${where} is not a regular file; refused. ${fix}`);
    try {
        return (0,src/* readFileCappedSync */.Dz)(baseline.file, MAX_CACHED_BASELINE_BYTES, where).toString('utf8');
    }
    catch (error) {
        if (error instanceof src/* SizeCapError */.k2)
            throw new src/* InfrastructureError */.EN(`${error.message}. ${fix}`, { cause: error });
        throw error;
    }
}
/**
 * Saves this run's JSON report as the target's baseline when the run is a
 * trusted event of the default branch. Never fails the scan: a declined or
 * failed save is a log line.
 */
async function saveAutoBaseline(context, reportKey, reportFile, store, logger) {
    const policy = baselineSavePolicy(context);
    if (!policy.save) {
        logger.info(`Baseline (auto): this report is ${policy.reason}.`);
        return false;
    }
    const size = external_node_fs_.statSync(reportFile).size;
    if (size > MAX_CACHED_BASELINE_BYTES) {
        logger.warning(`Baseline (auto): the report (${size} bytes) is over the ${MAX_CACHED_BASELINE_BYTES}-byte limit for a cached baseline; not saved.`);
        return false;
    }
    const slot = baselineSlot(context, reportKey);
    (0,src/* ensureConfinedDirectory */.Wn)(slot.dir, {
        name: 'baseline',
        value: 'auto',
        roots: [context.runnerTemp],
        rootsLabel: 'RUNNER_TEMP',
    });
    (0,src/* writeFileNoFollow */.qI)(slot.file, external_node_fs_.readFileSync(reportFile));
    const key = `${slot.prefix}${context.runId || '0'}-${context.runAttempt || '1'}`;
    try {
        const saved = await store.save(slot.file, key);
        logger.info(saved ? `Baseline (auto): ${policy.reason} as ${key}.` : `Baseline (auto): the cache did not save ${key}.`);
        return saved;
    }
    catch (error) {
        logger.warning(`Baseline (auto): the report could not be saved to the Actions cache: ${String(error)}`);
        return false;
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: ./actions/scan/src/docker-daemon.ts


/**
 * `image-source: daemon` reads the image from the runner's Docker daemon
 * (Trivy `--image-src docker`, Grype `docker:`). Before the scanner runs, the
 * daemon must answer `GET /_ping` at DOCKER_HOST (or the default socket)
 * within a few seconds: otherwise the step fails with an error that says so,
 * instead of a scanner error (or a silent fallback to a registry pull of an
 * image with the same name).
 */
const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';
const PING_TIMEOUT_MS = 5_000;
/** Where the daemon is: DOCKER_HOST (unix:// or tcp://), else the default socket. Other schemes are refused. */
function dockerEndpoint(env) {
    const value = (env.DOCKER_HOST ?? '').trim();
    if (value === '')
        return {
            kind: 'unix',
            socketPath: DEFAULT_DOCKER_SOCKET,
            shown: `unix://${DEFAULT_DOCKER_SOCKET} (DOCKER_HOST is not set)`,
        };
    const shown = `DOCKER_HOST=${value.slice(0, 200)}`;
    if (value.startsWith('unix://'))
        return { kind: 'unix', socketPath: value.slice('unix://'.length), shown };
    const tcp = /^tcp:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):(\d{1,5})\/?$/.exec(value);
    if (tcp && Number(tcp[2]) > 0 && Number(tcp[2]) < 65536)
        return { kind: 'tcp', host: tcp[1].replace(/^\[|\]$/g, ''), port: Number(tcp[2]), shown };
    throw new src/* ConfigurationError */.j1(`Input \`image-source\` is daemon, but ${shown} is not a unix:// socket or tcp://host:port address this action can check; set DOCKER_HOST to one of those.`);
}
/** Resolves when the daemon answers /_ping with 200; rejects with why not. */
function ping(endpoint, timeoutMs) {
    return new Promise((resolve, reject) => {
        const target = endpoint.kind === 'unix' ? { socketPath: endpoint.socketPath } : { host: endpoint.host, port: endpoint.port };
        const request = external_node_http_.get({ ...target, path: '/_ping', headers: { host: 'docker' }, timeout: timeoutMs }, (response) => {
            response.resume();
            if (response.statusCode === 200)
                resolve();
            else
                reject(new Error(`it answered /_ping with HTTP ${response.statusCode}`));
        });
        request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
        request.on('error', reject);
    });
}
async function assertDockerDaemon(env, timeoutMs = PING_TIMEOUT_MS) {
    const endpoint = dockerEndpoint(env);
    // With TLS (DOCKER_TLS_VERIFY) a plain-HTTP ping cannot succeed: the scanner's own client checks that daemon.
    if (endpoint.kind === 'tcp' && (env.DOCKER_TLS_VERIFY ?? '') !== '')
        return endpoint;
    try {
        await ping(endpoint, timeoutMs);
    }
    catch (error) {
        const why = error.code ?? (error instanceof Error ? error.message : String(error));
        throw new src/* ConfigurationError */.j1(`Input \`image-source\` is daemon, but no Docker daemon is reachable at ${endpoint.shown}: ${why}. ` +
            'Run the step on a runner with Docker (or set DOCKER_HOST), or scan the image from a registry (image-source: registry) ' +
            'or from a docker save tarball (image-archive).');
    }
    return endpoint;
}

;// CONCATENATED MODULE: ./actions/scan/src/engine.ts
/**
 * What main.ts needs from a scanning engine, and nothing else: the engines
 * (trivy-engine.ts, grype-engine.ts) implement this interface and import only
 * from here, never from main.ts, so there is no import loop.
 *
 * An engine is prepared once per step (tool installed, vulnerability DB
 * ready, configuration stated) and then scans one or more targets: one image,
 * directory or SBOM, or each platform manifest of an image index.
 */



/** Which job prepared a DB in RUNNER_TEMP: a DB left by another job is not taken as this one's. */
function jobIdentity(context) {
    return `${context.runId}-${context.runAttempt}-${context.job}`;
}
/** Directory the scanner's relative paths are relative to (fs scans of a directory or a file). */
function scanRootOf(inputs) {
    if (inputs.target.kind !== 'path')
        return undefined;
    const stat = external_node_fs_.statSync(inputs.target.path);
    return stat.isDirectory() ? inputs.target.path : external_node_path_.dirname(inputs.target.path);
}
/**
 * The tool runs only with the files the workflow named (inputs); this says
 * which, and which files in the checkout were left alone, in the log now and
 * in the summary later.
 */
function toolConfiguration(inputs, logger) {
    const relative = (file) => external_node_path_.relative(inputs.workspace, file).split(external_node_path_.sep).join('/') || file;
    const ignore = inputs.ignoreFiles.map((file) => ['ignore-file', file]);
    const files = inputs.scanner === 'grype'
        ? [['grype-config', inputs.grypeConfig], ...ignore]
        : [['trivy-config', inputs.trivyConfig], ['trivy-secret-config', inputs.trivySecretConfig], ...ignore];
    const used = files.filter(([, file]) => file).map(([name, file]) => `${name}: ${relative(file)}`);
    if (inputs.skipDirs.length > 0)
        used.push(`skip-dirs: ${inputs.skipDirs.join(', ')}`);
    if (inputs.skipFiles.length > 0)
        used.push(`skip-files: ${inputs.skipFiles.join(', ')}`);
    const scanRoot = scanRootOf(inputs);
    const unused = (0,src/* unusedRepositoryConfigFiles */._U)(inputs.scanner, [inputs.workspace, ...(scanRoot ? [scanRoot] : [])], inputs.workspace, files.map(([, file]) => file).filter(Boolean));
    const engine = inputs.scanner === 'grype' ? 'Grype' : 'Trivy';
    logger.info(`${engine} configuration: ${used.length > 0 ? used.join('; ') : 'none (built-in defaults)'}.`);
    if (unused.length > 0) {
        logger.info(`Not read: ${unused.join(', ')} in the checkout. ${engine} runs in an empty directory with only the files named by inputs ` +
            `(${[...new Set(['ignore-file', ...files.map(([name]) => name)])].join(', ')}); name a file there to use it.`);
    }
    return { used, unused };
}

;// CONCATENATED MODULE: ./packages/github-api/src/errors.ts
/**
 * What a failed GitHub API call throws: the HTTP status, the request (method
 * and path, never the token), GitHub's own message (with the field errors of
 * a 422), and for 403/404 a hint naming the `permissions:` entry the job needs.
 */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    status;
    method;
    path;
    apiMessage;
    documentationUrl;
    permission;
    rateLimited;
    requestId;
    /** What to do about it (permission, rate limit), or undefined. */
    hint;
    constructor(init) {
        const hint = errorHint(init);
        const what = init.status === 0 ? 'failed' : `failed with HTTP ${init.status}`;
        super(`GitHub API ${init.method} ${init.path} ${what}: ${init.apiMessage}${hint ? `. ${hint}` : ''}`, {
            cause: init.cause,
        });
        this.status = init.status;
        this.method = init.method;
        this.path = init.path;
        this.apiMessage = init.apiMessage;
        this.rateLimited = init.rateLimited ?? false;
        if (init.documentationUrl)
            this.documentationUrl = init.documentationUrl;
        if (init.permission)
            this.permission = init.permission;
        if (init.requestId)
            this.requestId = init.requestId;
        if (hint)
            this.hint = hint;
    }
    /** 403 or 404 that is not a rate limit: the token lacks a permission or cannot see the resource. */
    get isPermissionProblem() {
        return (this.status === 403 || this.status === 404) && !this.rateLimited;
    }
}
function errorHint(init) {
    if (init.rateLimited) {
        return 'GitHub rate-limited the request and the retry budget ran out; the next run will try again';
    }
    const permission = init.permission ? `\`${init.permission}\`` : 'the required permission';
    if (init.status === 401) {
        return 'the token was rejected: pass a valid token (the default is `github.token`)';
    }
    if (init.status === 403) {
        return (`the token needs ${permission}: add it to the job's \`permissions:\`. ` +
            'Workflows triggered by pull requests from forks (and by Dependabot) only get a read-only token');
    }
    if (init.status === 404) {
        return (`GitHub answers 404 when the token cannot see the resource: check the repository and that the token has ${permission} ` +
            "in the job's `permissions:`");
    }
    return undefined;
}
/**
 * The permission a request needs, from its path: check runs need `checks`,
 * issue and pull request comments `pull-requests`, code scanning
 * `security-events`; `write` for anything but GET.
 */
function permissionFor(method, path) {
    const access = method.toUpperCase() === 'GET' || method.toUpperCase() === 'HEAD' ? 'read' : 'write';
    const p = path.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? '';
    if (/\/check-(runs|suites)(\/|$)/.test(p))
        return `checks: ${access}`;
    if (/\/issues\/(\d+\/comments|comments\/\d+)(\/|$)/.test(p))
        return `pull-requests: ${access}`;
    if (/\/pulls(\/|$)/.test(p))
        return `pull-requests: ${access}`;
    if (/\/code-scanning(\/|$)/.test(p))
        return `security-events: ${access}`;
    if (/\/contents(\/|$)/.test(p))
        return `contents: ${access}`;
    return undefined;
}
/** Replaces every occurrence of `secret` in `text` with `***`. */
function redact(text, secret) {
    if (!secret || secret.length < 4)
        return text;
    return text.split(secret).join('***');
}

;// CONCATENATED MODULE: ./packages/github-api/src/client.ts



const DEFAULT_API_URL = 'https://api.github.com';
const API_VERSION = '2022-11-28';
/** GitHub asks integrations to wait at least a minute on a secondary rate limit without retry-after. */
const SECONDARY_RATE_LIMIT_DEFAULT_WAIT_MS = 60_000;
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
/** Largest response body read (a page of 100 issue comments of 64 KiB each is ≈ 6.5 MB). */
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
function headersOf(response) {
    const out = {};
    response.headers.forEach((value, key) => {
        out[key.toLowerCase()] = value;
    });
    return out;
}
/** URLs from a Link header by rel. */
function parseLinkHeader(value) {
    const links = {};
    if (!value)
        return links;
    for (const part of value.split(',')) {
        const match = /<([^>]*)>\s*;\s*(.*)/.exec(part.trim());
        if (!match?.[1] || !match[2])
            continue;
        const rel = /rel="?([^";]+)"?/.exec(match[2])?.[1];
        if (rel)
            for (const name of rel.split(/\s+/))
                links[name] = match[1];
    }
    return links;
}
/** GitHub's error text: `message`, the `errors` details of a 422, and the status text as a fallback. */
function errorText(data, status) {
    if (!(0,json/* isObject */.G)(data)) {
        const text = typeof data === 'string' ? data.replace(/\s+/g, ' ').trim().slice(0, 300) : '';
        return { message: text || `HTTP ${status}` };
    }
    let message = typeof data.message === 'string' && data.message ? data.message : `HTTP ${status}`;
    if (Array.isArray(data.errors) && data.errors.length > 0) {
        const details = data.errors
            .slice(0, 10)
            .map((e) => {
            if (typeof e === 'string')
                return e;
            if (!(0,json/* isObject */.G)(e))
                return '';
            if (typeof e.message === 'string' && e.message)
                return e.message;
            return [e.resource, e.field, e.code].filter((v) => typeof v === 'string' && v).join(' ');
        })
            .filter((s) => s !== '');
        if (details.length > 0)
            message = `${message} (${details.join('; ')})`;
    }
    const out = { message };
    if (typeof data.documentation_url === 'string')
        out.documentationUrl = data.documentation_url;
    return out;
}
/** How long to wait before retrying a rate-limited response, or undefined when it is not one. */
function rateLimitWaitMs(status, headers, data, now) {
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = (0,src/* parseRetryAfter */.mu)(headers['retry-after'], now);
    if (retryAfter !== undefined)
        return retryAfter;
    if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
        const reset = Number(headers['x-ratelimit-reset']) * 1000;
        // One extra second: the reset time is rounded down to whole seconds.
        if (Number.isFinite(reset))
            return Math.max(0, reset - now) + 1000;
    }
    const message = (0,json/* isObject */.G)(data) && typeof data.message === 'string' ? data.message : '';
    if (status === 429 || /secondary rate limit|abuse detection/i.test(message))
        return SECONDARY_RATE_LIMIT_DEFAULT_WAIT_MS;
    return undefined;
}
function describeNetworkError(error, timeoutMs) {
    if (!(error instanceof Error))
        return String(error);
    if (error.name === 'TimeoutError' || error.name === 'AbortError')
        return `no response within ${timeoutMs} ms`;
    const cause = error.cause instanceof Error && error.cause.message ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
}
/**
 * One GitHub API request under action-kit's HTTP policy, whatever the status
 * (no retries: GitHubClient adds them, and its errors): redirects by hand
 * (never to plain HTTP off loopback; the token never to another origin), a
 * deadline that covers the body, the answer read with a cap. `url` is
 * absolute: the caller decides which hosts may see the token (the API's, or
 * the uploads host of the same GitHub).
 */
const githubRequest = async (method, url, init) => {
    const target = new URL(url);
    const headers = {
        accept: 'application/vnd.github+json',
        'user-agent': init.userAgent ?? 'supply-chain-actions',
        'x-github-api-version': API_VERSION,
    };
    if (init.token)
        headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined)
        headers['content-type'] = init.contentType ?? 'application/json';
    const what = `GitHub API ${method} ${target.pathname}`;
    const response = await (0,src/* fetchWithPolicy */.Vu)(init.fetch ?? ((input, requestInit) => fetch(input, requestInit)), target, { method, headers, ...(init.body !== undefined ? { body: init.body } : {}) }, what, { timeoutMs: init.timeoutMs ?? 60_000 });
    const responseHeaders = headersOf(response);
    const text = (await (0,src/* readCapped */.EF)(response, MAX_RESPONSE_BYTES, what)).toString('utf8');
    let json;
    try {
        json = text ? JSON.parse(text) : undefined;
    }
    catch {
        json = undefined;
    }
    return { status: response.status, headers: responseHeaders, text, json };
};
/** GitHub's error message from an answer (its `message`, else the text), one line, bounded. */
function apiMessage(response) {
    const message = isObject(response.json) && typeof response.json.message === 'string' ? response.json.message : response.text;
    return message.replace(/\s+/g, ' ').trim().slice(0, 300);
}
function configurationProblem(token, apiUrl) {
    if (!token)
        return 'no GitHub token was given (the default is `github.token`)';
    let parsed;
    try {
        parsed = new URL(apiUrl);
    }
    catch {
        return `the GitHub API URL is not a URL: '${apiUrl}'`;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return `the GitHub API URL must be http(s): '${apiUrl}'`;
    return undefined;
}
class GitHubClient {
    apiUrl;
    token;
    configError;
    userAgent;
    sleep;
    now;
    maxRetries;
    maxWaitMs;
    retryDelayMs;
    timeoutMs;
    maxPages;
    log;
    fetchImpl;
    /**
     * Never throws: a missing token or a bad API URL makes every request fail
     * instead, so callers that guard their requests (withPermissionFallback)
     * turn it into a warning rather than a failed scan.
     */
    constructor(options) {
        this.token = options.token ?? '';
        this.apiUrl = (options.apiUrl || DEFAULT_API_URL).replace(/\/+$/, '');
        this.configError = configurationProblem(this.token, this.apiUrl);
        this.userAgent = options.userAgent ?? 'supply-chain-actions';
        this.sleep = options.sleep ?? src/* realSleep */.uk;
        this.now = options.now ?? Date.now;
        this.maxRetries = Math.max(0, options.maxRetries ?? 3);
        this.maxWaitMs = Math.max(0, options.maxWaitMs ?? 90_000);
        this.retryDelayMs = Math.max(0, options.retryDelayMs ?? 1000);
        this.timeoutMs = options.timeoutMs ?? 60_000;
        this.maxPages = Math.max(1, options.maxPages ?? 50);
        this.log = options.log ?? (() => undefined);
        this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    }
    /** One request; `path` starts with `/` (relative to apiUrl). Throws GitHubApiError unless 2xx. */
    async request(method, path, body, options = {}) {
        return this.send(method, this.resolve(path), path, body, options);
    }
    /** Every item of a list endpoint, following Link rel="next" up to maxPages. */
    async paginate(path, options = {}) {
        const all = [];
        for await (const page of this.pages(path, options))
            all.push(...page.items);
        return all;
    }
    /** A list endpoint page by page (per_page=100 unless the path sets it): stop early by breaking out. */
    async *pages(path, options = {}) {
        const maxPages = Math.max(1, options.maxPages ?? this.maxPages);
        const first = this.resolve(path);
        if (!first.searchParams.has('per_page'))
            first.searchParams.set('per_page', '100');
        let url = first;
        let label = path;
        for (let page = 1; url; page += 1) {
            const response = await this.send('GET', url, label, undefined, options);
            if (!Array.isArray(response.data)) {
                throw new GitHubApiError({
                    status: response.status,
                    method: 'GET',
                    path: label,
                    apiMessage: 'expected a JSON array from a list endpoint',
                });
            }
            const next = parseLinkHeader(response.headers.link).next;
            const nextUrl = next ? this.followable(next) : undefined;
            const truncated = nextUrl !== undefined && page >= maxPages;
            yield { items: response.data, page, truncated };
            if (truncated)
                return;
            url = nextUrl;
            if (url)
                label = `${url.pathname}${url.search}`;
        }
    }
    resolve(path) {
        if (this.configError)
            throw new TypeError(`Cannot call the GitHub API: ${this.configError}`);
        if (!path.startsWith('/'))
            throw new TypeError(`GitHub API path must start with '/': '${path}'`);
        return new URL(`${this.apiUrl}${path}`);
    }
    /** A Link URL, only when it stays on the API's origin (the token goes with it). */
    followable(link) {
        try {
            const url = new URL(link, this.apiUrl);
            if (url.origin !== new URL(this.apiUrl).origin) {
                this.log(`Not following a pagination link to another origin (${url.origin}).`);
                return undefined;
            }
            return url;
        }
        catch {
            return undefined;
        }
    }
    async attempt(method, url, body) {
        const answer = await githubRequest(method, url, {
            token: this.token,
            userAgent: this.userAgent,
            timeoutMs: this.timeoutMs,
            fetch: this.fetchImpl,
            ...(body !== undefined ? { body: JSON.stringify(body), contentType: 'application/json; charset=utf-8' } : {}),
        });
        let data = answer.text === '' ? undefined : answer.text;
        // JSON when GitHub says so; else the text (an HTML error page from a proxy, for instance).
        if (answer.json !== undefined && /json/i.test(answer.headers['content-type'] ?? 'application/json')) {
            data = answer.json;
        }
        return { status: answer.status, headers: answer.headers, data };
    }
    /** Whether to retry after this outcome, and after how long when the server said (rate limits). */
    judge(method, label, outcome) {
        if ('error' in outcome) {
            // A refused redirect or an answer over the cap is the same on every try.
            const { error } = outcome;
            if (error instanceof src/* RedirectRefusedError */.jw || error instanceof src/* SizeCapError */.k2)
                return { retry: false };
            const reason = redact(describeNetworkError(error, this.timeoutMs), this.token);
            return { retry: true, why: `GitHub API ${method} ${label}: ${reason}` };
        }
        const { status, headers, data } = outcome.value;
        if (status >= 200 && status < 300)
            return { retry: false };
        const rateWait = rateLimitWaitMs(status, headers, data, this.now());
        if (rateWait !== undefined)
            return { retry: true, why: `GitHub API ${method} ${label}: rate limited`, waitMs: rateWait };
        if (RETRYABLE_STATUS.has(status))
            return { retry: true, why: `GitHub API ${method} ${label}: HTTP ${status}` };
        return { retry: false };
    }
    async send(method, url, label, body, options) {
        const permission = options.permission ?? permissionFor(method, url.pathname);
        // One retry policy (action-kit's): maxRetries after the first try, maxWaitMs of sleep in all, no jitter.
        const policy = {
            attempts: this.maxRetries + 1,
            baseDelayMs: this.retryDelayMs,
            maxDelayMs: Number.MAX_SAFE_INTEGER,
            budgetMs: this.maxWaitMs,
        };
        const { outcome } = await (0,src/* retryLoop */.rU)({ policy, sleep: this.sleep, log: this.log, now: this.now }, () => this.attempt(method, url, body), (result) => this.judge(method, label, result));
        if ('error' in outcome) {
            throw new GitHubApiError({
                status: 0,
                method,
                path: label,
                apiMessage: `network error: ${redact(describeNetworkError(outcome.error, this.timeoutMs), this.token)}`,
                cause: outcome.error,
            });
        }
        const { status, headers, data } = outcome.value;
        if (status >= 200 && status < 300)
            return { status, data: data, headers };
        const { message, documentationUrl } = errorText(data, status);
        const init = {
            status,
            method,
            path: label,
            apiMessage: redact(message, this.token),
            rateLimited: rateLimitWaitMs(status, headers, data, this.now()) !== undefined,
        };
        if (documentationUrl)
            init.documentationUrl = documentationUrl;
        if (permission)
            init.permission = permission;
        if (headers['x-github-request-id'])
            init.requestId = headers['x-github-request-id'];
        throw new GitHubApiError(init);
    }
}

;// CONCATENATED MODULE: ./packages/github-api/src/index.ts



;// CONCATENATED MODULE: ./packages/github-report/src/text-limits.ts
/**
 * Cutting Markdown to an API's size limit: at a line break when one is near
 * the limit (so a table row or list item is not split), never inside a
 * surrogate pair, with a closing note that says what happened.
 */

/** How far back from the limit a line break is looked for. */
const LINE_BREAK_WINDOW = 4000;
function cleanCut(text) {
    return /[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text;
}
function atLineBreak(cut) {
    const newline = cut.lastIndexOf('\n');
    return newline >= 0 && cut.length - newline <= LINE_BREAK_WINDOW ? cut.slice(0, newline) : cut;
}
/** At most `maxChars` UTF-16 code units (≥ the characters GitHub counts), ending with `note` when cut. */
function trimToChars(text, maxChars, note) {
    if (text.length <= maxChars)
        return { text, truncated: false };
    const room = Math.max(0, maxChars - note.length);
    return { text: `${atLineBreak(cleanCut(text.slice(0, room)))}${note}`.slice(0, maxChars), truncated: true };
}
/** At most `maxBytes` UTF-8 bytes (which also bounds the character count), ending with `note` when cut. */
function trimToBytes(text, maxBytes, note) {
    if ((0,src/* utf8Bytes */.dy)(text) <= maxBytes)
        return { text, truncated: false };
    const room = Math.max(0, maxBytes - (0,src/* utf8Bytes */.dy)(note));
    // truncateUtf8 marks its cut with "…"; the note replaces that marker.
    const cut = (0,src/* truncateUtf8 */.Ck)(text, room + (0,src/* utf8Bytes */.dy)('…')).replace(/…$/, '');
    return { text: `${atLineBreak(cut)}${note}`, truncated: true };
}

;// CONCATENATED MODULE: ./packages/github-report/src/check-run.ts



const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for output.summary and output.text, in characters. */
const CHECK_RUN_TEXT_MAX_CHARS = 65_535;
/** Annotation messages: GitHub takes 64 KB; kept a little under. */
const CHECK_RUN_ANNOTATION_MESSAGE_MAX_BYTES = 64_000;
const CHECK_RUN_ANNOTATION_TITLE_MAX_CHARS = 255;
/** Default cap on annotations per check run: 20 requests. */
const CHECK_RUN_DEFAULT_MAX_ANNOTATIONS = 1000;
const LEVEL = {
    notice: 'notice',
    warning: 'warning',
    error: 'failure',
};
const CHECK_RUN_SUMMARY_CUT_NOTE = "\n\n_The summary was cut to GitHub's 65,535-character limit for check runs; the job summary and the report files have everything._";
const CHECK_RUN_TEXT_CUT_NOTE = "\n\n_Cut to GitHub's 65,535-character limit for check runs._";
function positive(value) {
    return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}
/** A repository-relative path the API can use, or undefined. */
function annotationPath(file) {
    if (!file)
        return undefined;
    const path = (0,src/* stripInvisible */._0)(file)
        .trim()
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '');
    if (path === '' || path === '.' || path.startsWith('/') || path.split('/').includes('..'))
        return undefined;
    return path;
}
/** Kit annotation → check-run annotation; undefined when it has no usable file. */
function toCheckRunAnnotation(annotation) {
    const path = annotationPath(annotation.file);
    if (!path)
        return undefined;
    const start = positive(annotation.startLine) ?? 1;
    const end = positive(annotation.endLine);
    const out = {
        path,
        start_line: start,
        end_line: end !== undefined && end >= start ? end : start,
        annotation_level: LEVEL[annotation.level] ?? 'notice',
        message: (0,src/* truncateUtf8 */.Ck)((0,src/* plainText */.wh)(annotation.message), CHECK_RUN_ANNOTATION_MESSAGE_MAX_BYTES) || '(no message)',
    };
    const title = annotation.title
        ? (0,src/* truncate */.xv)((0,src/* plainText */.wh)(annotation.title).replace(/\s+/g, ' ').trim(), CHECK_RUN_ANNOTATION_TITLE_MAX_CHARS)
        : '';
    if (title)
        out.title = title;
    return out;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function closingNote(skipped, overLimit) {
    const parts = [];
    if (skipped > 0) {
        parts.push(`${plural(skipped, 'finding')} without a file in the repository (image or SBOM contents) ${skipped === 1 ? 'is' : 'are'} not annotated`);
    }
    if (overLimit > 0)
        parts.push(`${plural(overLimit, 'more annotation')} ${overLimit === 1 ? 'was' : 'were'} left out (annotation limit)`);
    return parts.length > 0 ? `\n\n_${parts.join('; ')}: see the job summary and the report files._` : '';
}
async function publishCheckRun(client, options) {
    const { owner, repo } = options;
    const max = Math.max(0, options.maxAnnotations ?? CHECK_RUN_DEFAULT_MAX_ANNOTATIONS);
    const placeable = [];
    let skipped = 0;
    for (const annotation of options.annotations) {
        const converted = toCheckRunAnnotation(annotation);
        if (converted)
            placeable.push(converted);
        else
            skipped += 1;
    }
    const toSend = placeable.slice(0, max);
    const overLimit = placeable.length - toSend.length;
    const note = closingNote(skipped, overLimit);
    // Room for the note a re-run may add (KEPT_ANNOTATIONS_NOTE) when the run can be an update.
    const room = CHECK_RUN_TEXT_MAX_CHARS - note.length - (options.externalId ? KEPT_ANNOTATIONS_NOTE.length : 0);
    const summary = trimToChars(options.summary, room, CHECK_RUN_SUMMARY_CUT_NOTE);
    const output = {
        title: (0,src/* truncate */.xv)((0,src/* plainText */.wh)(options.title).replace(/\s+/g, ' ').trim(), 1000) || options.name,
        summary: `${summary.text}${note}`,
    };
    if (options.text)
        output.text = trimToChars(options.text, CHECK_RUN_TEXT_MAX_CHARS, CHECK_RUN_TEXT_CUT_NOTE).text;
    const batches = [];
    for (let i = 0; i < toSend.length; i += CHECK_RUN_ANNOTATIONS_PER_REQUEST) {
        batches.push(toSend.slice(i, i + CHECK_RUN_ANNOTATIONS_PER_REQUEST));
    }
    const now = (options.now ?? (() => new Date()))();
    const create = {
        name: options.name,
        head_sha: options.headSha,
        status: 'completed',
        conclusion: options.conclusion,
        completed_at: now.toISOString(),
        output: batches[0] ? { ...output, annotations: batches[0] } : output,
    };
    if (options.detailsUrl)
        create.details_url = options.detailsUrl;
    if (options.externalId)
        create.external_id = options.externalId;
    const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/check-runs`;
    let requests = 0;
    let created;
    let sent = toSend;
    const earlier = options.externalId ? await findEarlierRun(client, options, () => (requests += 1)) : undefined;
    if (earlier) {
        // GitHub appends annotations on every update and cannot remove them: an earlier attempt's stay, none are added twice.
        const keep = earlier.annotations > 0;
        const { head_sha: _sha, ...update } = create;
        const body = keep
            ? { ...update, output: { ...output, summary: `${output.summary}${KEPT_ANNOTATIONS_NOTE}` } }
            : update;
        created = await updateEarlierRun(client, `${base}/${earlier.id}`, body);
        if (created) {
            requests += 1;
            if (keep)
                sent = [];
        }
    }
    const updated = created !== undefined;
    if (!created) {
        created = (await client.request('POST', base, create)).data;
        requests += 1;
    }
    const id = created.id;
    for (const batch of updated && sent.length === 0 ? [] : batches.slice(1)) {
        await client.request('PATCH', `${base}/${id}`, { output: { ...output, annotations: batch } });
        requests += 1;
    }
    return {
        id,
        url: created.html_url ?? created.url ?? '',
        annotationsSent: sent.length,
        annotationsSkipped: skipped,
        annotationsOverLimit: overLimit,
        summaryTruncated: summary.truncated,
        requests,
        updated,
    };
}
const KEPT_ANNOTATIONS_NOTE = "\n\n_This check was updated by a later attempt; the annotations are those of the first attempt (GitHub keeps annotations on an update). The job summary has this attempt's findings._";
/**
 * The newest check run on the commit with this name and external_id, or
 * undefined (also when the lookup fails: a new run is created then).
 */
async function findEarlierRun(client, options, counted) {
    const query = new URLSearchParams({ check_name: options.name, filter: 'all', per_page: '100' });
    const where = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/commits/${encodeURIComponent(options.headSha)}/check-runs?${query}`;
    let runs;
    try {
        counted();
        runs = (await client.request('GET', where)).data.check_runs;
    }
    catch {
        return undefined;
    }
    let found;
    for (const run of Array.isArray(runs) ? runs : []) {
        if (!run || run.external_id !== options.externalId || run.name !== options.name)
            continue;
        if (typeof run.id !== 'number' || !Number.isSafeInteger(run.id) || (found && found.id > run.id))
            continue;
        const output = run.output;
        const count = output?.annotations_count;
        // Unknown count: assume some, so nothing is added twice.
        found = { id: run.id, annotations: typeof count === 'number' ? count : 1 };
    }
    return found;
}
/** PATCH of an earlier run; undefined when GitHub refuses it (another app's run, gone): a new one is created. */
async function updateEarlierRun(client, url, body) {
    try {
        return (await client.request('PATCH', url, body)).data;
    }
    catch (error) {
        if (error instanceof GitHubApiError && [403, 404, 422].includes(error.status))
            return undefined;
        throw error;
    }
}
/**
 * The commit a check run belongs to: on pull request events the PR's head
 * commit (GITHUB_SHA is then the merge commit, whose checks the PR does not
 * show), otherwise GITHUB_SHA.
 */
function checkRunHeadSha(context) {
    return context.pullRequest?.headSha || context.sha;
}

;// CONCATENATED MODULE: ./packages/github-report/src/report-key.ts


/**
 * Which report a step publishes: workflow, job and a report key (the action
 * names it: by default its engine and target, or the `report-key` input, so
 * matrix legs and several steps of one job stay apart). The sticky comment's
 * marker and the check run's name and external_id are all made from it, so
 * both channels tell steps apart the same way and a re-run finds its own.
 */
const PART_MAX = 100;
function part(value, fallback, keep = /[^A-Za-z0-9._/-]+/g) {
    const cleaned = (0,src/* stripInvisible */._0)(value)
        .replace(keep, '_')
        .replace(/-{2,}/g, '-')
        .replace(/^[-_]+|[-_]+$/g, '')
        .slice(0, PART_MAX)
        .replace(/-+$/, '');
    return cleaned || fallback;
}
/**
 * `scs:scan:<workflow>:<job>[:<key>]`: no `--`, no `>`, nothing that could
 * end an HTML comment early. Names that differ only in punctuation share an
 * identity.
 */
function reportIdentity(workflow, job, prefix = 'scs:scan', key = '') {
    const suffix = key.trim() === '' ? '' : `:${part(key, 'key', /[^A-Za-z0-9:._/@=-]+/g)}`;
    return `${part(prefix, 'scs', /[^A-Za-z0-9:._/-]+/g)}:${part(workflow, 'workflow')}:${part(job, 'job')}${suffix}`;
}
/** Characters of a check run's external_id and name kept readable; longer ones end in a digest. */
const CHECK_RUN_ID_MAX = 200;
function capped(text) {
    if (text.length <= CHECK_RUN_ID_MAX)
        return text;
    const digest = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
    return `${text.slice(0, CHECK_RUN_ID_MAX - 18)}…#${digest}`;
}
/**
 * A check run's name and external_id for one report: the name shows the
 * workflow, job and key (GitHub lists checks by name, so two steps with one
 * name would hide each other), the external_id is the report identity.
 */
function checkRunIdentity(title, workflow, job, prefix, key) {
    const externalId = capped(reportIdentity(workflow, job, prefix, key));
    const where = [workflow, job, key]
        .map((value) => (0,src/* stripInvisible */._0)(value).replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' / ');
    return { name: capped(where ? `${title} (${where})` : title), externalId };
}

;// CONCATENATED MODULE: ./packages/github-report/src/pr-comment.ts



/**
 * One sticky pull request comment per workflow + job + report key: a hidden
 * HTML-comment marker on its first line finds it again, and later runs edit
 * it in place instead of adding a comment per push.
 *
 * Only comments written by the identity the token belongs to count as ours:
 * anyone (a person, another bot or GitHub App) can post a comment containing
 * the marker, and editing theirs would show our results under their name,
 * which they could then edit. The identity is asked of GitHub
 * ({@link resolveCommentIdentity}: `GET /user` for a user's token, GraphQL
 * `viewer` for an installation token), and is `github-actions[bot]` — whom
 * `github.token` posts as — when GitHub will not say; `authorLogin`
 * overrides it.
 *
 * The comments are read page by page (100 per page, every page up to the
 * client's limit) and the search stops at the first match. The body is kept
 * under 64 KiB (GitHub refuses comments over 65,536 characters; bytes bound
 * characters) and ends with a note when cut.
 */
/** Bytes a comment body may have, marker included: under 64 KiB. */
const COMMENT_MAX_BYTES = 65_535;
const COMMENT_CUT_NOTE = "\n\n---\n_This comment was cut to stay under GitHub's 65,536-character limit: the job summary and the report files have everything._";
/**
 * `<!-- scs:scan:<workflow>:<job>[:<key>] -->`: the comment's marker is the
 * report identity (reportIdentity, shared with the check run) in an HTML
 * comment, valid whatever the names hold.
 */
function stickyMarker(workflow, job, prefix = 'scs:scan', key = '') {
    return `<!-- ${reportIdentity(workflow, job, prefix, key)} -->`;
}
/** Whom `github.token` (an installation token of the GitHub Actions app) posts as. */
const GITHUB_TOKEN_IDENTITY = Object.freeze({
    login: 'github-actions[bot]',
    bot: true,
    source: 'default',
});
/**
 * The account the token belongs to: `GET /user` answers for a user's token
 * (a PAT); an installation token (github.token, a GitHub App) gets 403 there,
 * and GraphQL's `viewer` names the app's bot. When neither answers, the
 * default token's identity, `github-actions[bot]`.
 */
async function resolveCommentIdentity(client) {
    try {
        const user = await client.request('GET', '/user');
        if (typeof user.data.login === 'string' && user.data.login !== '') {
            return { login: user.data.login, bot: user.data.type === 'Bot', source: 'user' };
        }
    }
    catch (error) {
        if (!(error instanceof GitHubApiError))
            throw error;
    }
    try {
        // GraphQL lives beside the REST root: api.github.com/graphql, HOST/api/graphql on GHES.
        const graphqlPath = /\/api\/v3$/.test(client.apiUrl) ? '/../graphql' : '/graphql';
        const viewer = await client.request('POST', graphqlPath, {
            query: 'query { viewer { login __typename } }',
        });
        const found = viewer.data.data?.viewer;
        if (found && typeof found.login === 'string' && found.login !== '') {
            const bot = found.__typename === 'Bot';
            return {
                login: bot && !found.login.endsWith('[bot]') ? `${found.login}[bot]` : found.login,
                bot,
                source: 'graphql',
            };
        }
    }
    catch (error) {
        if (!(error instanceof GitHubApiError))
            throw error;
    }
    return GITHUB_TOKEN_IDENTITY;
}
/** Marker + body within COMMENT_MAX_BYTES. */
function composeCommentBody(marker, body) {
    const trimmed = trimToBytes(body, COMMENT_MAX_BYTES - Buffer.byteLength(`${marker}\n`, 'utf8'), COMMENT_CUT_NOTE);
    return { body: `${marker}\n${trimmed.text}`, truncated: trimmed.truncated };
}
/** Whether `user` is `identity` (a bot must also be marked as one: a person cannot be named `x[bot]`, but be strict). */
function sameAuthor(user, identity) {
    const login = user?.login?.toLowerCase();
    if (!login)
        return false;
    const wanted = identity.login.toLowerCase();
    if (identity.bot)
        return user?.type === 'Bot' && (login === wanted || login === `${wanted.replace(/\[bot\]$/, '')}[bot]`);
    return user?.type !== 'Bot' && login === wanted;
}
function ours(comment, marker, identity) {
    if (typeof comment.body !== 'string' || !comment.body.includes(marker))
        return false;
    return sameAuthor(comment.user, identity);
}
function authorOf(options, resolved) {
    if (options.authorLogin)
        return { login: options.authorLogin, bot: /\[bot\]$/i.test(options.authorLogin) };
    return options.identity ?? resolved ?? GITHUB_TOKEN_IDENTITY;
}
/** The first comment carrying the marker by the expected author, searching every page. */
async function findStickyComment(client, options) {
    const path = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/issues/${options.issueNumber}/comments`;
    const author = authorOf(options);
    for await (const page of client.pages(path)) {
        const found = page.items.find((c) => ours(c, options.marker, author));
        if (found)
            return found;
    }
    return undefined;
}
async function upsertStickyComment(client, options) {
    if (!Number.isInteger(options.issueNumber) || options.issueNumber < 1) {
        throw new TypeError(`A sticky comment needs a pull request number, got ${options.issueNumber}`);
    }
    const { body, truncated } = composeCommentBody(options.marker, options.body);
    const repoPath = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
    const identity = options.authorLogin || options.identity ? undefined : await resolveCommentIdentity(client);
    const author = authorOf(options, identity);
    const existing = await findStickyComment(client, {
        ...options,
        identity: { login: author.login, bot: author.bot, source: identity?.source ?? 'user' },
    });
    if (existing) {
        const updated = await client.request('PATCH', `${repoPath}/issues/comments/${existing.id}`, { body });
        return {
            id: updated.data.id ?? existing.id,
            action: 'updated',
            url: updated.data.html_url ?? existing.html_url ?? '',
            truncated,
            author: author.login,
        };
    }
    const created = await client.request('POST', `${repoPath}/issues/${options.issueNumber}/comments`, {
        body,
    });
    return { id: created.data.id, action: 'created', url: created.data.html_url ?? '', truncated, author: author.login };
}

;// CONCATENATED MODULE: ./packages/github-report/src/sarif-upload.ts

/**
 * SARIF → code scanning (POST /repos/{owner}/{repo}/code-scanning/sarifs):
 * the document gzip-compressed and base64-encoded, with the commit and ref
 * it belongs to.
 *
 * The REST endpoint has no `category` field: the category is the SARIF run's
 * `automationDetails.id` ("<category>/"), which `renderSarif` writes from its
 * `category` option. GitHub refuses uploads whose gzip is over 10 MB; the
 * renderer already drops the least severe results to stay under 9.5 MB and
 * says so, so an oversized document here means it did not come from it, and
 * the upload stops with an error instead of sending megabytes to a 413.
 *
 * The answer (202) carries the upload's id and a URL to poll for processing
 * status; this module does not wait for processing.
 */
/** GitHub's limit on the gzip-compressed SARIF (10 MB; the smaller reading, 10,000,000 bytes). */
const SARIF_UPLOAD_MAX_GZIP_BYTES = 10_000_000;
function encodeSarif(sarif) {
    const gzip = (0,external_node_zlib_.gzipSync)(Buffer.from(sarif, 'utf8'));
    return { base64: gzip.toString('base64'), gzipBytes: gzip.length };
}
function checkSarif(sarif) {
    let doc;
    try {
        doc = JSON.parse(sarif);
    }
    catch (error) {
        throw new TypeError(`The SARIF to upload is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const runs = doc?.runs;
    if (typeof doc !== 'object' || doc === null || !Array.isArray(runs)) {
        throw new TypeError('The SARIF to upload has no `runs` array');
    }
}
async function uploadSarif(client, options) {
    if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(options.commitSha)) {
        throw new TypeError(`A SARIF upload needs the full commit SHA, got '${options.commitSha}'`);
    }
    if (!/^refs\/(heads|tags|pull)\/.+/.test(options.ref)) {
        throw new TypeError(`A SARIF upload needs a full Git ref (refs/heads/…, refs/tags/…, refs/pull/…), got '${options.ref}'`);
    }
    checkSarif(options.sarif);
    const { base64, gzipBytes } = encodeSarif(options.sarif);
    if (gzipBytes > SARIF_UPLOAD_MAX_GZIP_BYTES) {
        throw new RangeError(`The SARIF is ${(gzipBytes / 1e6).toFixed(1)} MB gzip-compressed; code scanning accepts at most 10 MB. ` +
            "Render it with renderSarif, which leaves out the least severe results to fit, or narrow the scan's severities.");
    }
    const body = { commit_sha: options.commitSha, ref: options.ref, sarif: base64 };
    if (options.toolName)
        body.tool_name = options.toolName;
    if (options.checkoutUri)
        body.checkout_uri = options.checkoutUri;
    if (options.startedAt)
        body.started_at = options.startedAt;
    if (options.validate !== undefined)
        body.validate = options.validate;
    const path = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/code-scanning/sarifs`;
    const response = await client.request('POST', path, body);
    return { id: response.data?.id ?? '', url: response.data?.url ?? '', gzipBytes };
}

;// CONCATENATED MODULE: ./packages/github-report/src/degrade.ts


/** The `permissions:` entry each reporting feature needs. */
const REPORT_PERMISSIONS = {
    'check-run': 'checks: write',
    'pr-comment': 'pull-requests: write',
    'upload-sarif': 'security-events: write',
};
const STILL_SHOWN = 'The job summary and annotations still show the results.';
/** A pull request from a fork whose workflow gets a read-only token. */
function isReadOnlyForkRun(context) {
    return context.pullRequest?.fromFork === true && context.eventName !== 'pull_request_target';
}
function oneLine(value, max = 500) {
    const line = value.replace(/\s+/g, ' ').trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
async function withPermissionFallback(fn, options) {
    const feature = `\`${options.feature}\``;
    const permission = `\`${options.permission}\``;
    if (isReadOnlyForkRun(options.context)) {
        const warning = `${feature} skipped: this pull request comes from a fork, and GitHub gives its workflows a read-only token ` +
            `(no ${permission}). ${STILL_SHOWN}`;
        options.logger.warning(warning);
        return { status: 'skipped', reason: 'fork', warning };
    }
    try {
        return { status: 'done', value: await fn() };
    }
    catch (error) {
        let warning;
        let reason = 'error';
        if (error instanceof GitHubApiError && error.isPermissionProblem) {
            reason = 'permission';
            const answer = error.status === 404
                ? `GitHub answered 404 (${oneLine(error.apiMessage, 200)}), which it also does when the token may not see the resource`
                : `GitHub answered 403 (${oneLine(error.apiMessage, 200)})`;
            warning =
                `${feature} needs ${permission}: ${answer}. Add ${permission} to the job's \`permissions:\`; ` +
                    `pull requests from forks never get it. ${STILL_SHOWN}`;
        }
        else {
            warning = `${feature} failed: ${oneLine((0,src/* errorMessage */.gJ)(error))}. The scan result is not affected. ${STILL_SHOWN}`;
        }
        options.logger.warning(warning);
        return { status: 'failed', reason, warning, error };
    }
}
/** "owner/name" (GITHUB_REPOSITORY) → { owner, repo }; throws on anything else. */
function splitRepository(repository) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!match?.[1] || !match[2])
        throw new TypeError(`Expected a repository as owner/name, got '${repository}'`);
    return { owner: match[1], repo: match[2] };
}

;// CONCATENATED MODULE: ./packages/github-report/src/index.ts







;// CONCATENATED MODULE: ./actions/scan/src/github-reporting.ts



/**
 * The sticky comment's key within a workflow and job when `report-key` is
 * empty: the scanner and the target, so two scan steps (or matrix legs) of
 * different targets keep their own comments.
 */
function defaultReportKey(inputs) {
    const { target } = inputs;
    const what = target.kind === 'image'
        ? `image:${target.image}`
        : target.kind === 'path'
            ? `path:${target.relative || '.'}`
            : target.kind === 'archive'
                ? `archive:${external_node_path_.relative(inputs.workspace, target.archive.path).split(external_node_path_.sep).join('/')}`
                : `sbom:${external_node_path_.relative(inputs.workspace, target.sbom).split(external_node_path_.sep).join('/')}`;
    return `${inputs.scanner}:${what}`;
}
/** This step's report key: `report-key`, or the scanner and the target. Keys the comment, the check run and the auto baseline. */
function reportKeyFor(inputs) {
    return inputs.reportKey || defaultReportKey(inputs);
}
/** Prefix of scan's report identities (comment marker, check run external_id). */
const REPORT_PREFIX = 'scs:scan';
async function publishToGitHub(inputs, context, logger, material, client = new GitHubClient({
    token: inputs.githubToken,
    apiUrl: context.apiUrl,
    userAgent: 'supply-chain-actions/scan',
})) {
    const result = {};
    if (!inputs.checkRun && !inputs.prComment && !inputs.uploadSarif)
        return result;
    const [owner = '', repo = ''] = context.repository.split('/');
    const guard = (feature, fn) => withPermissionFallback(fn, { feature, permission: REPORT_PERMISSIONS[feature], context, logger });
    const reportKey = reportKeyFor(inputs);
    if (inputs.checkRun) {
        const identity = checkRunIdentity('supply-chain scan', context.workflow, context.job, REPORT_PREFIX, reportKey);
        const outcome = await guard('check-run', () => publishCheckRun(client, {
            owner,
            repo,
            headSha: context.pullRequest?.headSha || context.sha,
            name: identity.name,
            externalId: identity.externalId,
            conclusion: material.gate.outcome === 'fail' ? 'failure' : 'success',
            title: material.title,
            summary: material.markdown,
            annotations: material.annotations,
            ...(context.runId
                ? { detailsUrl: `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}` }
                : {}),
        }));
        if (outcome.status === 'done') {
            result.checkRunUrl = outcome.value.url;
            logger.info(`Check run ${outcome.value.updated ? 'updated' : 'created'}: ${outcome.value.url} (${outcome.value.annotationsSent} annotations).`);
        }
    }
    if (inputs.prComment) {
        if (!context.pullRequest) {
            logger.info('`pr-comment`: this run is not for a pull request; no comment was written.');
        }
        else {
            const pullRequest = context.pullRequest;
            const outcome = await guard('pr-comment', () => upsertStickyComment(client, {
                owner,
                repo,
                issueNumber: pullRequest.number,
                marker: stickyMarker(context.workflow, context.job, REPORT_PREFIX, reportKey),
                body: material.markdown,
            }));
            if (outcome.status === 'done') {
                result.commentUrl = outcome.value.url;
                logger.info(`Pull request comment ${outcome.value.action}: ${outcome.value.url}.`);
            }
        }
    }
    if (inputs.uploadSarif && material.sarif !== undefined) {
        const sarif = material.sarif;
        const outcome = await guard('upload-sarif', () => uploadSarif(client, {
            owner,
            repo,
            commitSha: context.sha,
            ref: context.ref,
            sarif,
            checkoutUri: `file://${context.workspace}`,
        }));
        if (outcome.status === 'done') {
            result.sarifId = outcome.value.id;
            logger.info(`SARIF uploaded to code scanning (id ${outcome.value.id}, ${outcome.value.gzipBytes} bytes gzip).`);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./actions/scan/src/grype-args.ts

/** A path that could be read as an option gets a `./` in front (absolute paths never need it). */
function safePath(value) {
    return value.startsWith('-') ? `./${value}` : value;
}
/** `registry:ghcr.io/org/app@sha256:…`, `dir:/ws`, `file:/ws/app.jar`, `sbom:/ws/bom.json`. */
function grypeSubject(target, options = {}) {
    switch (target.kind) {
        case 'image':
            return `${target.daemon ? 'docker' : (options.imageSource ?? 'registry')}:${target.image}`;
        case 'path':
            return `${options.pathIsFile ? 'file' : 'dir'}:${target.path}`;
        case 'sbom':
            return `sbom:${target.sbom}`;
        case 'archive':
            // inputs.ts refuses an archive of unknown kind for Grype: it would guess the source type.
            if (target.archive.layout === 'unknown')
                throw new Error('grypeSubject: an image archive of unknown kind');
            return `${target.archive.layout}:${target.archive.path}`;
    }
}
/**
 * Grype's `--exclude` wants paths that start with `./`, `*\/` or `**\/` (relative
 * to the scanned folder); a directory pattern also covers what is below it.
 */
function grypeExcludes(skipDirs = [], skipFiles = []) {
    const anchor = (pattern) => (/^(\.\/|\*\*?\/)/.test(pattern) ? pattern : `./${pattern.replace(/^\/+/, '')}`);
    return [...skipDirs.map((dir) => `${anchor(dir).replace(/\/+$/, '')}/**`), ...skipFiles.map(anchor)];
}
function buildGrypeArgs(plan) {
    if (plan.configFiles.length === 0)
        throw new Error('buildGrypeArgs: at least one config file is required');
    const args = [grypeSubject(plan.target, plan), '-o', `json=${plan.outputFile}`];
    for (const file of plan.configFiles)
        args.push('-c', safePath(file));
    for (const pattern of grypeExcludes(plan.skipDirs, plan.skipFiles))
        args.push('--exclude', pattern);
    // One platform of an image index (`platform: os/arch[/variant]`; validated in inputs.ts, an option's value).
    if (plan.target.kind === 'image' && plan.target.platform)
        args.push('--platform', plan.target.platform);
    return args;
}
/** Grype's registry credential variables; any of them set means the user configured auth. */
const REGISTRY_AUTH_VARIABLES = [
    'GRYPE_REGISTRY_AUTH_AUTHORITY',
    'GRYPE_REGISTRY_AUTH_USERNAME',
    'GRYPE_REGISTRY_AUTH_PASSWORD',
    'GRYPE_REGISTRY_AUTH_TOKEN',
];
/**
 * Environment for the Grype process: an allow-list of the runner's
 * environment (never the action's inputs or the runner's tokens), without
 * GRYPE_CONFIG (the inputs name config files), plus
 * - `GRYPE_DB_AUTO_UPDATE=false` and `GRYPE_DB_CACHE_DIR`: scan with the DB the
 *   action prepared, never download one (no request, no rate limit);
 * - `GRYPE_DB_VALIDATE_AGE=false`: the action enforces `db-max-age` itself
 *   (fail or warn, as configured); Grype's built-in 5-day check would turn a
 *   "warn" policy into a failed scan;
 * - `GRYPE_CHECK_FOR_APP_UPDATE=false`: no request to Anchore on start;
 * - `GRYPE_FAIL_ON_SEVERITY` removed: our gate decides, and an exit code 1
 *   for "vulnerabilities found" would be read as a crashed scanner. (A
 *   `fail-on-severity` in a config file cannot be unset this way; see
 *   `isSeverityThresholdExit`.)
 * - the step's `registry-username` / `registry-password`, scoped to the
 *   image's registry (`GRYPE_REGISTRY_AUTH_AUTHORITY`), when given;
 * - else, for ghcr.io images, the workflow token as registry credentials scoped to
 *   ghcr.io (`GRYPE_REGISTRY_AUTH_AUTHORITY`), unless registry credentials
 *   were already set through Grype's variables.
 * Grype reads environment variables over its config file, so these hold even
 * when the user's `.grype.yaml` says otherwise.
 */
function grypeEnvironment(base, options) {
    // An allow-list: the base list, Grype's own variables, cloud SDK variables for registry logins.
    const login = options.image && options.registryLogin
        ? (0,src/* registryLoginVariables */.ik)('grype', options.image, options.registryLogin)
        : undefined;
    const env = (0,src/* toolEnvironment */.uQ)(base, {
        allow: ['GRYPE_', ...src/* REGISTRY_CLOUD_ENVIRONMENT */.iH],
        set: { ...Object.fromEntries(src/* CONFIG_FILE_VARIABLES */.Sy.grype.map((name) => [name, undefined])), ...login },
    });
    delete env.GRYPE_FAIL_ON_SEVERITY;
    env.GRYPE_DB_AUTO_UPDATE = 'false';
    env.GRYPE_DB_CACHE_DIR = options.dbCacheDir;
    env.GRYPE_DB_VALIDATE_AGE = 'false';
    env.GRYPE_CHECK_FOR_APP_UPDATE = 'false';
    const configured = login !== undefined || REGISTRY_AUTH_VARIABLES.some((name) => (env[name] ?? '') !== '');
    if (options.image &&
        (0,src/* imageRegistry */.bl)(options.image) === 'ghcr.io' &&
        options.githubToken &&
        options.actor &&
        !configured) {
        env.GRYPE_REGISTRY_AUTH_AUTHORITY = 'ghcr.io';
        env.GRYPE_REGISTRY_AUTH_USERNAME = options.actor;
        env.GRYPE_REGISTRY_AUTH_PASSWORD = options.githubToken;
    }
    return env;
}
/** What Grype prints (and exits 1 with) when `fail-on-severity` is set and met. */
const GRYPE_SEVERITY_THRESHOLD_MESSAGE = 'discovered vulnerabilities at or above the severity threshold';
/**
 * True when a non-zero exit only means "a `fail-on-severity` from the user's
 * config was met": the report was written and is valid, and our gate, not
 * Grype's, should decide.
 */
function isSeverityThresholdExit(exitCode, stderr) {
    return exitCode === 1 && stderr.includes(GRYPE_SEVERITY_THRESHOLD_MESSAGE);
}

;// CONCATENATED MODULE: ./actions/scan/src/scanner-process.ts


async function runScanner(run) {
    const { logger } = run;
    external_node_fs_.rmSync(run.reportFile, { force: true });
    // A report of an earlier run at the destination must not pass for this run's (the link itself, if one was planted).
    if (run.finalReportFile)
        external_node_fs_.rmSync(run.finalReportFile, { force: true });
    logger.info(`Running: ${run.binary} ${run.args.join(' ')}`);
    const result = await (0,src/* runProcess */.R3)(run.binary, run.args, {
        cwd: run.cwd,
        env: run.env,
        // The scanner's own timeout covers the scan; this bounds a hang anywhere else.
        timeoutMs: run.timeoutMinutes * 60_000 + 60_000,
        onStderr: (chunk) => logger.untrusted(chunk),
    });
    // Whatever the outcome, a report the scanner wrote is kept where the user looks for it.
    if (run.finalReportFile && external_node_fs_.existsSync(run.reportFile))
        (0,src/* moveFileNoFollow */.SK)(run.reportFile, run.finalReportFile);
    const reportFile = run.finalReportFile ?? run.reportFile;
    if (result.timedOut) {
        throw new src/* InfrastructureError */.EN(`${run.name} did not finish within ${run.timeoutMinutes} minutes and was stopped (input \`timeout\`).`);
    }
    if (result.exitCode !== 0 && !(run.acceptExit?.(result.exitCode, result.stderr) ?? false)) {
        const tail = (0,src/* tailLines */.os)(result.stderr, 8);
        throw new src/* InfrastructureError */.EN(`${run.name} exited with code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}; no verdict was reached.${tail ? `\nLast lines of its log:\n${tail}` : ''}`);
    }
    if (!external_node_fs_.existsSync(reportFile)) {
        throw new src/* InfrastructureError */.EN(`${run.name} exited successfully but wrote no JSON report.`);
    }
}
/** Runs an engine's tool in a collapsed log group, bounded by the step's `timeout`, the report moved into place. */
function runEngineTool(step, timeoutMinutes, logger) {
    const { title, stagedReport, reportFile, ...run } = step;
    return logger.group(title, () => runScanner({ ...run, timeoutMinutes, reportFile: stagedReport, finalReportFile: reportFile, logger }));
}

;// CONCATENATED MODULE: ./actions/scan/src/grype-engine.ts








/** Installs Grype and prepares its DB once; each scan then runs Grype with JSON output and parses the report. */
const prepareGrypeEngine = async (inputs, deps) => {
    const { logger, context } = deps;
    const tool = await logger.group('Install Grype', async () => {
        const installed = await deps.installGrype(inputs.grype);
        logger.info(`Grype ${installed.version} from ${installed.source}: ${installed.binary}`);
        return installed;
    });
    const dbCacheDir = external_node_path_.join(context.runnerTemp, 'supply-chain-grype-db');
    const db = await prepareDb(inputs, deps, tool, dbCacheDir);
    const configuration = toolConfiguration(inputs, logger);
    const scan = async (target, reportFile) => {
        const pathIsFile = target.kind === 'path' && external_node_fs_.statSync(target.path).isFile();
        // Grype runs in an empty private directory with explicit -c files: a .grype.yaml in the
        // checkout (or ~/.grype.yaml) is never searched for.
        const run = (0,src/* prepareToolRunDirectory */.Ae)(context.runnerTemp, 'grype');
        const stagedReport = external_node_path_.join(run.cwd, 'report.json');
        const configFiles = [inputs.grypeConfig, ...inputs.ignoreFiles].filter(Boolean);
        const args = buildGrypeArgs({
            target,
            outputFile: stagedReport,
            configFiles: configFiles.length > 0 ? configFiles : [run.emptyConfig],
            skipDirs: inputs.skipDirs,
            skipFiles: inputs.skipFiles,
            pathIsFile,
        });
        const env = grypeEnvironment(deps.env, {
            dbCacheDir,
            githubToken: inputs.githubToken,
            actor: context.actor,
            registryLogin: inputs.registryLogin,
            ...(target.kind === 'image' ? { image: target.image } : {}),
        });
        const title = `grype ${args[0]}`;
        const step = {
            name: 'Grype',
            title,
            binary: tool.binary,
            args,
            cwd: run.cwd,
            env,
            stagedReport,
            reportFile,
        };
        await runEngineTool({ ...step, acceptExit: isSeverityThresholdExit }, inputs.timeoutMinutes, logger);
        // Grype reports an SBOM's own source (an image, a directory): the SBOM is what was scanned.
        return (0,findings_src/* parseGrypeReport */.z3)(await (0,findings_src/* readReportFile */.$h)(reportFile, 'Grype'), {
            source: reportFile,
            ...(target.kind === 'sbom' ? { artifactType: 'sbom' } : {}),
        });
    };
    return { name: 'Grype', tool, db, configuration, scan };
};
/** The Grype DB, fetched, verified and cached by the action, installed with `grype db import`. */
async function prepareDb(inputs, deps, tool, dbCacheDir) {
    const { logger, context } = deps;
    return logger.group('Vulnerability DB (Grype)', async () => {
        const prepared = await prepareGrypeDb({
            listingUrl: inputs.db.grypeUrl,
            cacheDir: dbCacheDir,
            maxAgeHours: inputs.db.maxAgeHours,
            stale: inputs.db.stale,
            ...(deps.dbCache ? { cache: deps.dbCache } : {}),
            jobId: jobIdentity(context),
            logger,
            // Grype's own import hydrates the DB and writes import.json, without which
            // grype refuses the DB; the published archive has no import.json.
            installer: grypeDbImportInstaller({ grype: tool.binary, env: grypeEnvironment(deps.env, { dbCacheDir }) }),
        });
        logger.info(`Grype DB ${prepared.checksum} (${prepared.source}), built ${prepared.updatedAt}.`);
        return {
            digest: prepared.checksum,
            source: prepared.source,
            updatedAt: prepared.updatedAt,
            location: prepared.archiveUrl ?? prepared.listingUrl,
        };
    });
}

;// CONCATENATED MODULE: ./actions/scan/src/trivy-args.ts

const MODERN_TRIVY = { misconfigScanner: 'misconfig' };
/** Trivy 0.48.0 introduced `--scanners misconfig` (aquasecurity/trivy#5557). */
const MISCONFIG_SINCE = [0, 48, 0];
/** Capabilities implied by a release version; undefined when the version says nothing ('dev', 'unknown'). */
function capabilitiesForVersion(version) {
    const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
    if (!match)
        return undefined;
    const parts = match.slice(1, 4).map(Number);
    for (const [i, since] of MISCONFIG_SINCE.entries()) {
        const part = parts[i] ?? 0;
        if (part !== since)
            return part > since ? MODERN_TRIVY : { misconfigScanner: 'config' };
    }
    return MODERN_TRIVY;
}
/** Reads capabilities from `trivy fs --help` (used when the version is not known). */
function capabilitiesFromHelp(helpText) {
    const scannersLine = helpText.split('\n').find((line) => line.includes('--scanners')) ?? '';
    const misconfigScanner = /\bmisconfig\b/.test(scannersLine)
        ? 'misconfig'
        : /\bconfig\b/.test(scannersLine)
            ? 'config'
            : MODERN_TRIVY.misconfigScanner;
    const skipChecksUpdateFlag = /--skip-check-update\b/.test(helpText)
        ? '--skip-check-update'
        : /--skip-policy-update\b/.test(helpText)
            ? '--skip-policy-update'
            : undefined;
    return { misconfigScanner, ...(skipChecksUpdateFlag ? { skipChecksUpdateFlag } : {}) };
}
/** The flag that keeps Trivy from downloading the checks bundle, as this build spells it. */
function skipChecksUpdateFlag(capabilities) {
    return (capabilities.skipChecksUpdateFlag ??
        (capabilities.misconfigScanner === 'config' ? '--skip-policy-update' : '--skip-check-update'));
}
/** The flag naming the checks bundle's repository, as this build spells it. */
function checksBundleRepositoryFlag(capabilities) {
    return skipChecksUpdateFlag(capabilities) === '--skip-policy-update'
        ? '--policy-bundle-repository'
        : '--checks-bundle-repository';
}
/**
 * The one Trivy invocation of a scan: JSON only (every other format is
 * rendered from the model), no severity filter (the model filters), exit code
 * 0 on findings (the gate decides), so any non-zero exit is a tool failure.
 */
function buildTrivyArgs(plan) {
    const subcommand = plan.target.kind === 'image' || plan.target.kind === 'archive'
        ? 'image'
        : plan.target.kind === 'sbom'
            ? 'sbom'
            : 'fs';
    const scanners = plan.scanners.map((s) => (s === 'misconfig' ? plan.capabilities.misconfigScanner : s));
    const args = [
        subcommand,
        '--format',
        'json',
        '--output',
        plan.outputFile,
        '--scanners',
        scanners.join(','),
        '--cache-dir',
        plan.cacheDir,
        '--timeout',
        `${plan.timeoutMinutes}m`,
        '--exit-code',
        '0',
        '--no-progress',
        // Every severity: the action's `severities` input filters, never a config file's `severity`.
        '--severity',
        'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
        '--config',
        plan.configFile,
    ];
    if (plan.scanners.includes('secret'))
        args.push('--secret-config', plan.secretConfigFile);
    for (const pattern of plan.skipDirs ?? [])
        args.push('--skip-dirs', pattern);
    for (const pattern of plan.skipFiles ?? [])
        args.push('--skip-files', pattern);
    if (plan.skipDbUpdate)
        args.push('--skip-db-update');
    // Misconfiguration checks: the bundle the action prepared in cacheDir, or those embedded in the
    // (digest-pinned) Trivy binary; Trivy never fetches a checks bundle itself (air-gapped runs).
    if (plan.scanners.includes('misconfig')) {
        args.push(skipChecksUpdateFlag(plan.capabilities));
        if (plan.checksBundleRepository) {
            args.push(checksBundleRepositoryFlag(plan.capabilities), plan.checksBundleRepository);
        }
    }
    // The Java DB: prepared by the action in cacheDir when Trivy meets Java archives; never fetched by Trivy.
    if (plan.scanners.includes('vuln')) {
        args.push('--skip-java-db-update');
        if (plan.javaDbRepositories.length > 0)
            args.push('--java-db-repository', plan.javaDbRepositories.join(','));
    }
    args.push('--ignorefile', plan.ignoreFile);
    // image-source: daemon — the image comes from the runner's Docker daemon, never from a registry.
    if (plan.target.kind === 'image' && plan.target.daemon)
        args.push('--image-src', 'docker');
    // One platform of an image index (`platform: os/arch[/variant]`; validated in inputs.ts, an option's value).
    if (plan.target.kind === 'image' && plan.target.platform)
        args.push('--platform', plan.target.platform);
    // An image archive is an option's value (an absolute path, never read as a flag); nothing follows `--`.
    if (plan.target.kind === 'archive') {
        args.push('--input', plan.target.archive.path);
        return args;
    }
    // `--` ends option parsing: a target can never be read as a flag.
    const subject = plan.target.kind === 'image'
        ? plan.target.image
        : plan.target.kind === 'sbom'
            ? plan.target.sbom
            : plan.target.path;
    args.push('--', subject);
    return args;
}
/**
 * Environment for the Trivy process, from an allow-list (action-kit's base
 * list, Trivy's own TRIVY_* variables, the cloud SDK variables registry
 * logins use), without the variables that would name a config file, plus
 * registry credentials: the step's `registry-username` / `registry-password`
 * when given (over any TRIVY_USERNAME of the job), else for ghcr.io images the
 * workflow token when no other credentials were configured. Either reaches
 * Trivy only here, as TRIVY_PASSWORD, never in argv.
 */
function trivyEnvironment(base, options) {
    const login = options.image && options.registryLogin
        ? (0,src/* registryLoginVariables */.ik)('trivy', options.image, options.registryLogin)
        : undefined;
    const env = (0,src/* toolEnvironment */.uQ)(base, {
        allow: ['TRIVY_', ...src/* REGISTRY_CLOUD_ENVIRONMENT */.iH],
        set: { ...Object.fromEntries(src/* CONFIG_FILE_VARIABLES */.Sy.trivy.map((name) => [name, undefined])), ...login },
    });
    if (login)
        return env;
    const registry = options.image?.split('/')[0]?.toLowerCase();
    if (registry === 'ghcr.io' && options.githubToken && options.actor && !env.TRIVY_USERNAME && !env.TRIVY_PASSWORD) {
        env.TRIVY_USERNAME = options.actor;
        env.TRIVY_PASSWORD = options.githubToken;
    }
    return env;
}

;// CONCATENATED MODULE: ./actions/scan/src/trivy-engine.ts








/**
 * From the version when it is a release number; otherwise (a 'dev' build), or
 * when the misconfiguration scanner runs (the spelling of its skip-update flag
 * changed between releases), ask the binary.
 */
async function detectCapabilities(tool, misconfig) {
    const known = capabilitiesForVersion(tool.version);
    if (known && !misconfig)
        return known;
    const help = await (0,src/* runProcess */.R3)(tool.binary, ['fs', '--help'], { timeoutMs: 30_000, cwd: external_node_path_.dirname(tool.binary) });
    const fromHelp = capabilitiesFromHelp(`${help.stdout}\n${help.stderr}`);
    // A release number decides the scanner's name; the help only adds the flag's spelling when it shows one.
    return known
        ? { ...known, ...(fromHelp.skipChecksUpdateFlag ? { skipChecksUpdateFlag: fromHelp.skipChecksUpdateFlag } : {}) }
        : fromHelp;
}
/**
 * The one file for --ignorefile: the only one listed, or the plain
 * .trivyignore files merged (in order) into one in the private run directory.
 */
/** Largest ignore file merged (4 MiB): a list of finding IDs and paths. */
const MAX_IGNORE_FILE_BYTES = 4 * 1024 * 1024;
function trivyIgnoreFile(files, runDir) {
    if (files.length <= 1)
        return files[0] ?? '';
    const merged = external_node_path_.join(runDir, 'merged.trivyignore');
    const text = files.map((file) => (0,src/* readInputFileCapped */.Y5)(file, MAX_IGNORE_FILE_BYTES, 'ignore-file')
        .toString('utf8')
        .replace(/\r?\n?$/, '\n'));
    external_node_fs_.writeFileSync(merged, text.join(''), { flag: 'wx' });
    return merged;
}
/** What the Trivy DB preparers share for one scan. */
function dbOptions(inputs, deps, cacheDir) {
    return {
        cacheDir,
        maxAgeHours: inputs.db.maxAgeHours,
        stale: inputs.db.stale,
        ...(deps.dbCache ? { cache: deps.dbCache } : {}),
        jobId: jobIdentity(deps.context),
        logger: deps.logger,
    };
}
/**
 * The misconfiguration checks bundle: prepared from `checks-bundle-repository`
 * into `<cacheDir>/policy` like the DB, or none (`embedded`: the checks built
 * into the pinned binary; a bundle an earlier step of this job left in the
 * shared cache folder is removed so Trivy cannot pick it up). Returns the
 * repository it came from.
 */
async function prepareChecksBundle(inputs, deps, cacheDir) {
    if (inputs.db.checksRepositories === 'embedded') {
        external_node_fs_.rmSync(external_node_path_.join(cacheDir, TRIVY_CHECKS_DIR), { recursive: true, force: true });
        deps.logger.info('Misconfiguration checks: those embedded in the pinned Trivy (`checks-bundle-repository: embedded`).');
        return undefined;
    }
    const repositories = inputs.db.checksRepositories;
    return deps.logger.group('Misconfiguration checks bundle (Trivy)', async () => {
        // Republished with trivy-checks releases (weeks apart): db-max-age, or 90 days when that is longer.
        const maxAgeHours = Math.max(inputs.db.maxAgeHours, CHECKS_BUNDLE_MAX_AGE_HOURS);
        const prepared = await prepareTrivyChecks({ repositories, ...dbOptions(inputs, deps, cacheDir), maxAgeHours });
        deps.logger.info(`Trivy checks bundle ${prepared.manifestDigest} from ${prepared.repository} (${prepared.source}), built ${prepared.updatedAt}.`);
        return prepared.repository;
    });
}
/**
 * Trivy's refusal to scan a Java archive without a Java DB under
 * `--skip-java-db-update` ("'--skip-java-db-update' cannot be specified on
 * the first run"; "The first run cannot skip downloading Java DB").
 */
const JAVA_DB_REFUSAL = /skip-java-db-update'? cannot be specified on the first run|cannot skip downloading Java DB/i;
/**
 * Runs Trivy. The Java DB is prepared lazily: Trivy analyses Java archives
 * only in images (not in `fs`), and which images hold any is known only once
 * Trivy has read them, while the Java DB is several hundred megabytes. So
 * Trivy runs with `--skip-java-db-update`; when it meets a Java archive with
 * no Java DB in the cache it refuses (exit 1, no report — never a silent
 * "no findings"), and then the action prepares the Java DB like the main DB
 * and runs Trivy once more. A Java DB prepared earlier in this job is used
 * at once (the cache folder is shared by the job's scan steps).
 */
async function runTrivyWithJavaDb(inputs, deps, cacheDir, runOnce) {
    try {
        await runOnce();
    }
    catch (error) {
        const refused = error instanceof src/* InfrastructureError */.EN && JAVA_DB_REFUSAL.test(error.message);
        if (!refused || !inputs.scanners.includes('vuln'))
            throw error;
        await deps.logger.group('Java DB (Trivy met Java archives)', async () => {
            const prepared = await prepareTrivyJavaDb({
                repositories: inputs.db.javaRepositories,
                ...dbOptions(inputs, deps, cacheDir),
            });
            deps.logger.info(`Trivy Java DB ${prepared.manifestDigest} from ${prepared.repository} (${prepared.source}), built ${prepared.updatedAt}; running Trivy again.`);
        });
        await runOnce();
    }
}
/**
 * Installs Trivy and prepares its DB and checks bundle once; each scan then
 * runs Trivy with JSON output (the Java DB prepared when Trivy first needs it)
 * and parses the report.
 */
const prepareTrivyEngine = async (inputs, deps) => {
    const { logger, context } = deps;
    const tool = await logger.group('Install Trivy', async () => {
        const installed = await deps.installTrivy(inputs.trivy);
        logger.info(`Trivy ${installed.version} from ${installed.source}: ${installed.binary}`);
        return installed;
    });
    const capabilities = await detectCapabilities(tool, inputs.scanners.includes('misconfig'));
    const cacheDir = external_node_path_.join(context.runnerTemp, 'supply-chain-trivy-cache');
    const vuln = inputs.scanners.includes('vuln');
    const db = vuln ? await trivy_engine_prepareDb(inputs, deps, cacheDir) : undefined;
    const checksBundleRepository = inputs.scanners.includes('misconfig')
        ? await prepareChecksBundle(inputs, deps, cacheDir)
        : undefined;
    const configuration = toolConfiguration(inputs, logger);
    const scan = async (target, reportFile) => {
        // Trivy runs in an empty private directory with explicit files: a trivy.yaml, trivy-secret.yaml
        // or .trivyignore in the checkout is never picked up (see tool-config.ts in action-kit).
        const run = (0,src/* prepareToolRunDirectory */.Ae)(context.runnerTemp, 'trivy');
        const stagedReport = external_node_path_.join(run.cwd, 'report.json');
        const args = buildTrivyArgs({
            target,
            scanners: inputs.scanners,
            ignoreFile: trivyIgnoreFile(inputs.ignoreFiles, run.cwd) || run.absent('trivyignore'),
            configFile: inputs.trivyConfig || run.emptyConfig,
            secretConfigFile: inputs.trivySecretConfig || run.absent('trivy-secret.yaml'),
            skipDirs: inputs.skipDirs,
            skipFiles: inputs.skipFiles,
            cacheDir,
            outputFile: stagedReport,
            timeoutMinutes: inputs.timeoutMinutes,
            capabilities,
            skipDbUpdate: vuln,
            javaDbRepositories: inputs.db.javaRepositories,
            ...(checksBundleRepository ? { checksBundleRepository } : {}),
        });
        const env = trivyEnvironment(deps.env, {
            ...(target.kind === 'image' ? { image: target.image } : {}),
            githubToken: inputs.githubToken,
            actor: context.actor,
            registryLogin: inputs.registryLogin,
        });
        const title = `trivy ${args[0]} (${inputs.scanners.join(', ')})`;
        const step = {
            name: 'Trivy',
            title,
            binary: tool.binary,
            args,
            cwd: run.cwd,
            env,
            stagedReport,
            reportFile,
        };
        const runOnce = () => runEngineTool(step, inputs.timeoutMinutes, logger);
        await runTrivyWithJavaDb(inputs, deps, cacheDir, runOnce);
        return (0,findings_src/* parseTrivyReport */.Qg)(await (0,findings_src/* readReportFile */.$h)(reportFile, 'Trivy'), { source: reportFile });
    };
    return { name: 'Trivy', tool, configuration, scan, ...(db ? { db } : {}) };
};
/** The Trivy DB, fetched, verified and cached by the action (Trivy never downloads it). */
async function trivy_engine_prepareDb(inputs, deps, cacheDir) {
    return deps.logger.group('Vulnerability DB (Trivy)', async () => {
        const prepared = await prepareTrivyDb({
            repositories: inputs.db.trivyRepositories,
            ...dbOptions(inputs, deps, cacheDir),
        });
        deps.logger.info(`Trivy DB ${prepared.manifestDigest} from ${prepared.repository} (${prepared.source}), built ${prepared.updatedAt}.`);
        return {
            digest: prepared.manifestDigest,
            source: prepared.source,
            updatedAt: prepared.updatedAt,
            location: prepared.repository,
        };
    });
}

;// CONCATENATED MODULE: ./actions/scan/src/main.ts













const ENGINES = {
    trivy: prepareTrivyEngine,
    grype: prepareGrypeEngine,
};
function installRequest(source) {
    return {
        ...(source.version ? { version: source.version } : {}),
        ...(source.sha256 ? { sha256: source.sha256 } : {}),
        ...(source.mirror ? { mirror: source.mirror } : {}),
        ...(source.path ? { path: source.path } : {}),
    };
}
function defaultDeps(inputs) {
    const runtime = (0,src/* actionRuntime */.hc)();
    const { context } = runtime;
    const policy = dbCachePolicy(inputs.db.cache, context);
    return {
        context,
        logger: runtime.logger,
        installTrivy: (source) => new TrivyInstaller().install(installRequest(source)),
        installGrype: (source) => new GrypeInstaller().install(installRequest(source)),
        ...(policy.restore || policy.save ? { dbCache: actionsDbCache(policy) } : {}),
        ...(inputs.baselineAuto ? { baselineStore: actionsBaselineStore() } : {}),
        notice: runtime.notice,
        setOutput: runtime.setOutput,
        env: runtime.env,
        now: runtime.now,
        engines: ENGINES,
        resolveImage: (image) => resolveImageForAction(image, inputs, runtime),
    };
}
function configurationNote(configuration, engine) {
    const used = configuration.used.length > 0
        ? configuration.used.map((entry) => src.md.code(entry, 300).text).join(', ')
        : 'none (built-in defaults)';
    const unused = configuration.unused.length > 0
        ? ` · not read from the checkout: ${configuration.unused
            .slice(0, 10)
            .map((file) => src.md.code(file, 200).text)
            .join(', ')}`
        : '';
    return src.md.raw(`${src.md.text(engine).text} configuration: ${used}${unused}`);
}
/** The report files; with `platform: all`, one set per platform (`trivy-report.linux-arm64.json`). */
function reportFiles(inputs, slug) {
    const dir = inputs.outputDir;
    const tag = slug ? `.${slug}` : '';
    return {
        json: external_node_path_.join(dir, `${inputs.scanner}-report${tag}.json`),
        sarif: external_node_path_.join(dir, `${inputs.scanner}-results.sarif`),
        summary: external_node_path_.join(dir, 'scan-summary.md'),
        cyclonedx: external_node_path_.join(dir, `${inputs.scanner}-vulnerabilities${tag}.cdx.json`),
        cosignVuln: external_node_path_.join(dir, `${inputs.scanner}-vuln-predicate${tag}.json`),
    };
}
async function run(inputs, deps = defaultDeps(inputs)) {
    try {
        await scan(inputs, deps);
    }
    catch (error) {
        // Anything but a verdict means no verdict: never leave `gate` unset or 'pass'.
        if (!(error instanceof src/* PolicyFailure */.X2)) {
            deps.setOutput('gate', 'error');
            // ...and the summary says so (a report file already written is left in place).
            if (inputs.summary) {
                const engine = inputs.scanner === 'grype' ? 'Grype' : 'Trivy';
                await (0,src/* writeJobSummary */.j7)((0,src/* failureSummaryMarkdown */.uR)(`Supply-chain scan (${engine}) could not be completed`, (0,src/* describeFailure */.Ic)(error)));
            }
        }
        throw error;
    }
}
async function scan(inputs, deps) {
    const files = prepareOutputDirectory(inputs, deps);
    if (inputs.target.kind === 'image' && inputs.target.daemon) {
        const endpoint = await assertDockerDaemon(deps.env);
        deps.logger.info(`Docker daemon at ${endpoint.shown} answers; ${inputs.target.image} is read from it.`);
    }
    const units = await scanUnits(inputs, deps, files);
    const engine = await deps.engines[inputs.scanner](inputs, deps);
    if (engine.db)
        deps.setOutput('db-digest', engine.db.digest);
    const vex = inputs.vex.map((file) => (0,findings_src/* parseVexDocument */.os)((0,src/* readInputFileCapped */.Y5)(file, MAX_VEX_BYTES, 'vex'), {
        source: external_node_path_.relative(inputs.workspace, file) || file,
    }));
    const scanned = [];
    for (const unit of units)
        scanned.push(await scanUnit(inputs, deps, engine, unit, vex));
    const verdict = await judge(inputs, deps, scanned, vex);
    const sarif = await writeReportFiles(inputs, deps, engine, verdict);
    await report(inputs, deps, engine, verdict, files, sarif);
    if (inputs.baselineAuto)
        await saveAutoBaseline(deps.context, reportKeyFor(inputs), files.json, deps.baselineStore ?? NO_STORE, deps.logger);
    setResultOutputs(inputs, deps, verdict, files, sarif);
    const counts = (0,findings_src/* countBySeverity */.Ot)(verdict.findings);
    const { diff, gate } = verdict;
    deps.logger.info(`${verdict.findings.length} finding(s)${scanned.length > 1 ? ` in ${scanned.length} platforms` : ''}: ${counts.critical} critical, ${counts.high} high, ${counts.medium} medium, ${counts.low} low, ${counts.unknown} unknown${diff ? ` (${diff.added.length} new, ${diff.fixed.length} fixed since the baseline)` : ''}. Gate (${inputs.failOn}${inputs.onlyFixed ? ', fixed only' : ''}${inputs.failOnNewOnly ? ', new only' : ''}): ${gate.outcome}.`);
    if (gate.outcome === 'fail') {
        throw new src/* PolicyFailure */.X2((0,findings_src/* gateMessage */.V6)(gate));
    }
}
/** Created, then checked again by real path: a link in the checkout never takes the reports elsewhere. */
function prepareOutputDirectory(inputs, deps) {
    (0,src/* ensureConfinedDirectory */.Wn)(inputs.outputDir, {
        name: 'output-dir',
        value: external_node_path_.relative(inputs.workspace, inputs.outputDir) || inputs.outputDir,
        roots: [inputs.workspace, deps.context.runnerTemp],
        rootsLabel: 'the workspace and RUNNER_TEMP',
    });
    return reportFiles(inputs);
}
/**
 * What is scanned: the target, or with `platform: all` every platform
 * manifest of the image index, each by digest (a single-platform image is
 * that one image).
 */
async function scanUnits(inputs, deps, files) {
    if (inputs.platform.kind !== 'all' || inputs.target.kind !== 'image')
        return [{ target: inputs.target, files }];
    const image = inputs.target.image;
    const resolved = await deps.logger.group(`Resolve ${image}`, () => deps.resolveImage(image));
    const { images, message } = (0,platform/* platformImages */.QF)(image, resolved);
    deps.setOutput('image-digest', resolved.digest);
    deps.logger.info(message);
    return images.map((entry) => ({
        target: { kind: 'image', image: entry.image },
        files: entry.slug ? reportFiles(inputs, entry.slug) : files,
        digest: entry.digest,
        ...(entry.platform ? { platform: entry.platform, slug: entry.slug } : {}),
    }));
}
/** Runs the engine on one unit; the report is named, its digest set, its findings filtered and VEX applied. */
async function scanUnit(inputs, deps, engine, unit, vex) {
    const startedAt = deps.now();
    const parsed = await engine.scan(unit.target, unit.files.json);
    const finishedAt = deps.now();
    const artifact = { ...parsed, artifactName: displayName(inputs, parsed.artifactName) };
    if (inputs.target.kind === 'archive') {
        // The image's own digest (from the archive's index), so that a later push can be attested; never the tool's guess.
        const digest = (0,src/* imageArchiveDigest */.iW)(inputs.target.archive);
        if (digest)
            artifact.artifactDigest = digest;
        else
            delete artifact.artifactDigest;
    }
    // A platform manifest scanned by digest: that digest is what the report is about.
    if (unit.digest)
        artifact.artifactDigest = unit.digest;
    const imageDigest = /sha256:[a-f0-9]{64}$/.exec(artifact.artifactDigest ?? '')?.[0];
    if (imageDigest &&
        unit.platform === undefined &&
        (inputs.target.kind === 'image' || inputs.target.kind === 'archive'))
        deps.setOutput('image-digest', imageDigest);
    const findings = applyVexDocuments(vex, (0,findings_src/* filterFindings */.Ni)(parsed.findings, { severities: inputs.severities }), artifact, deps.logger);
    return { ...unit, report: { ...artifact, findings }, startedAt, finishedAt };
}
/** The baseline comparison and one gate over the findings of every unit. */
async function judge(inputs, deps, scanned, vex) {
    const findings = scanned.flatMap((unit) => unit.report.findings);
    // inputs.ts allows a baseline (a file or auto) with one unit only.
    const { diff, auto } = await baselineComparison(inputs, deps, scanned[0].report, vex);
    const gated = inputs.failOnNewOnly && diff ? diff.added : findings;
    const gate = (0,findings_src/* evaluateGate */.DR)(gated, { failOn: inputs.failOn, onlyFixed: inputs.onlyFixed });
    // With a baseline, reviewers see what this change brings: only new findings are annotated.
    const annotated = diff ? diff.added : findings;
    const annotations = (0,findings_src/* findingsToAnnotations */.UZ)(annotated, { pathPrefix: pathPrefixOf(inputs), tripped: gate.tripped });
    return { scanned, findings, diff, auto, gate, annotations };
}
/** SARIF (one run per unit, categories distinct), CycloneDX and the cosign vuln predicate (one per unit). */
async function writeReportFiles(inputs, deps, engine, verdict) {
    const sarif = inputs.formats.includes('sarif') ? await writeSarif(inputs, verdict.scanned, deps) : false;
    for (const unit of verdict.scanned) {
        if (inputs.formats.includes('cyclonedx')) {
            (0,src/* writeFileNoFollow */.qI)(unit.files.cyclonedx, (0,findings_src/* renderCycloneDxVulnerabilities */.UT)(unit.report, { timestamp: unit.finishedAt }).json);
        }
        if (inputs.formats.includes('cosign-vuln')) {
            const gate = (0,findings_src/* evaluateGate */.DR)(unit.report.findings, { failOn: inputs.failOn, onlyFixed: inputs.onlyFixed });
            (0,src/* writeFileNoFollow */.qI)(unit.files.cosignVuln, cosignVulnPredicate(inputs, deps, engine, unit, verdict.scanned.length > 1 ? gate : verdict.gate));
        }
    }
    return sarif;
}
function cosignVulnPredicate(inputs, deps, engine, unit, gate) {
    return (0,findings_src/* renderCosignVulnPredicate */.Oj)(unit.report, {
        rawReport: external_node_fs_.readFileSync(unit.files.json, 'utf8'),
        scanStartedOn: unit.startedAt,
        scanFinishedOn: unit.finishedAt,
        context: deps.context,
        ...(deps.env.GITHUB_WORKFLOW_REF ? { workflowRef: deps.env.GITHUB_WORKFLOW_REF } : {}),
        // What a verifier needs to judge the result: the DB by repository (or URL) and digest with
        // its build time (verify's allowed-vuln-dbs reads db.uri), and the gate that was applied.
        ...(engine.db ? { db: { uri: `${engine.db.location}@${engine.db.digest}`, version: engine.db.updatedAt } } : {}),
        parameters: {
            scanner: inputs.scanner,
            'fail-on': inputs.failOn,
            'only-fixed': inputs.onlyFixed,
            'fail-on-new-only': inputs.failOnNewOnly,
            severities: inputs.severities,
            'vex-documents': inputs.vex.length,
            ...(unit.platform ? { platform: unit.platform } : {}),
            gate: gate.outcome,
        },
    }).json;
}
/** The job summary, the log table, annotations and the GitHub channels (check run, comment, SARIF upload). */
async function report(inputs, deps, engine, verdict, files, sarifWritten) {
    const { gate, diff, scanned, findings } = verdict;
    const title = `Supply-chain scan (${engine.name})`;
    const seeAlso = `${external_node_path_.basename(files.sarif)} and ${external_node_path_.basename(files.json)} in ${inputs.outputDir}`;
    // Other steps may already have written to this step's summary file.
    const budgetBytes = inputs.summary ? await (0,src/* availableSummaryBytes */.JL)() : undefined;
    const options = {
        title,
        gate,
        diff,
        seeAlso,
        notes: [configurationNote(engine.configuration, engine.name), ...baselineNotes(inputs, verdict.auto)],
    };
    const summary = renderSummary(scanned, { ...options, ...(budgetBytes !== undefined ? { budgetBytes } : {}) });
    (0,src/* writeFileNoFollow */.qI)(files.summary, summary);
    if (inputs.summary)
        await (0,src/* writeJobSummary */.j7)(summary);
    // The findings in the log too (what trivy-action's `format: table` prints), in a collapsed group, budgeted.
    for (const unit of scanned) {
        const table = (0,findings_src/* renderLogTable */.r0)(unit.report, { tripped: gate.tripped, failOn: inputs.failOn, seeAlso });
        const shown = table.omitted > 0 ? ` (${table.shown} shown)` : '';
        await deps.logger.group(`Findings${unit.platform ? ` (${unit.platform})` : ''}: ${unit.report.findings.length}${shown}`, async () => deps.logger.untrusted(table.text));
    }
    if (inputs.annotations) {
        (0,src/* emitAnnotations */.KI)(verdict.annotations, {
            // A failed gate ends the step with one more error: keep a slot for it.
            ...(gate.outcome === 'fail' ? { reserve: { error: 1 } } : {}),
            overflowMessage: (omitted) => `${omitted} more finding(s) are not annotated (GitHub shows 10 annotations per level); see the job summary and ${external_node_path_.basename(files.sarif)}.`,
        });
    }
    const published = await publishToGitHub(inputs, deps.context, deps.logger, {
        gate,
        // Check run summaries and comments hold 64 KB: the same Markdown, on a smaller budget.
        markdown: renderSummary(scanned, { ...options, budgetBytes: 60_000 }),
        annotations: verdict.annotations,
        // Read back only to upload it (code scanning takes at most 10 MB gzip, which the writer keeps to).
        ...(sarifWritten && inputs.uploadSarif ? { sarif: external_node_fs_.readFileSync(files.sarif, 'utf8') } : {}),
        title: `${gate.outcome === 'fail' ? 'Gate failed' : 'Gate passed'}: ${findings.length} finding(s)`,
    });
    if (published.checkRunUrl)
        deps.setOutput('check-run-url', published.checkRunUrl);
    if (published.commentUrl)
        deps.setOutput('comment-url', published.commentUrl);
    if (published.sarifId)
        deps.setOutput('sarif-id', published.sarifId);
}
function setResultOutputs(inputs, deps, verdict, files, sarifWritten) {
    const { findings, gate, diff, scanned } = verdict;
    const counts = (0,findings_src/* countBySeverity */.Ot)(findings);
    for (const severity of ['critical', 'high', 'medium', 'low', 'unknown'])
        deps.setOutput(severity, String(counts[severity]));
    deps.setOutput('total', String(findings.length));
    deps.setOutput('gate', gate.outcome);
    deps.setOutput('gate-count', String(gate.tripped.length));
    // With several platforms the first platform's files; `platform-reports` lists them all.
    const first = scanned[0].files;
    deps.setOutput('json-file', first.json);
    if (sarifWritten)
        deps.setOutput('sarif-file', files.sarif);
    if (inputs.formats.includes('cyclonedx'))
        deps.setOutput('cyclonedx-file', first.cyclonedx);
    if (inputs.formats.includes('cosign-vuln'))
        deps.setOutput('cosign-vuln-file', first.cosignVuln);
    deps.setOutput('summary-file', files.summary);
    if (diff) {
        deps.setOutput('new-count', String(diff.added.length));
        deps.setOutput('fixed-count', String(diff.fixed.length));
    }
    if (scanned.some((unit) => unit.platform)) {
        const tripped = new Set(gate.tripped);
        const list = scanned.map((unit) => ({
            platform: unit.platform ?? '',
            digest: unit.digest ?? '',
            'json-file': unit.files.json,
            ...(inputs.formats.includes('cyclonedx') ? { 'cyclonedx-file': unit.files.cyclonedx } : {}),
            ...(inputs.formats.includes('cosign-vuln') ? { 'cosign-vuln-file': unit.files.cosignVuln } : {}),
            total: unit.report.findings.length,
            'gate-count': unit.report.findings.filter((f) => tripped.has(f)).length,
        }));
        deps.setOutput('platform-reports', JSON.stringify(list));
    }
}
function applyVexDocuments(documents, findings, artifact, logger) {
    if (documents.length === 0)
        return findings;
    const { kept, suppressed } = (0,findings_src/* applyVex */.kg)(findings, documents, (0,findings_src/* vexArtifactOf */.tF)(artifact));
    if (!logger)
        return kept;
    logger.info(`VEX: ${suppressed.length} finding(s) stated not_affected or fixed are not reported.`);
    for (const { finding, statement } of suppressed.slice(0, 50)) {
        logger.untrusted(`  ${finding.id} ${finding.packageName ?? ''} ${finding.packageVersion ?? ''}: ${statement.status}${statement.justification ? ` (${statement.justification})` : ''} per ${statement.source}`);
    }
    return kept;
}
/** Largest VEX document read (16 MiB): OpenVEX statements are small. */
const MAX_VEX_BYTES = 16 * 1024 * 1024;
/** `baseline: auto` without a cache service (or without deps for it): every restore misses. */
const NO_STORE = {
    restore: () => Promise.resolve({ status: 'unavailable' }),
    save: () => Promise.resolve(false),
};
/**
 * The comparison with the baseline: a file, or with `baseline: auto` the
 * default branch's last report from the Actions cache. A missing auto
 * baseline is said (a notice) and leaves no diff, so every finding gates; a
 * restored one that is not a usable report is an error.
 */
async function baselineComparison(inputs, deps, report, vex) {
    let text;
    let auto;
    if (inputs.baseline) {
        text = {
            text: (0,src/* readInputFileCapped */.Y5)(inputs.baseline, findings_src/* MAX_REPORT_BYTES */.WA, 'baseline').toString('utf8'),
            source: external_node_path_.relative(inputs.workspace, inputs.baseline) || inputs.baseline,
        };
    }
    else if (inputs.baselineAuto) {
        auto = await restoreAutoBaseline(deps.context, reportKeyFor(inputs), deps.baselineStore ?? NO_STORE);
        if (auto.status === 'restored') {
            text = { text: readRestoredBaseline(auto), source: `from the Actions cache (${auto.key})` };
        }
        else {
            (deps.notice ?? deps.logger.info)(`No baseline (baseline: auto): ${auto.reason}. Every finding is reported as new${inputs.failOnNewOnly ? ' and counts for the gate' : ''}.`);
        }
    }
    let diff;
    try {
        diff = text ? compareWithBaseline(inputs, report, vex, text) : undefined;
    }
    catch (error) {
        // Fail closed: a restored entry that is no report is an error, never "no baseline".
        if (auto?.status !== 'restored')
            throw error;
        throw new src/* InfrastructureError */.EN(`${(0,src/* errorMessage */.gJ)(error)}. ${restoredBaselineFix(auto.key)}`, { cause: error });
    }
    if (diff)
        deps.logger.info(`Baseline: ${diff.added.length} new, ${diff.fixed.length} fixed, ${diff.unchanged.length} unchanged.`);
    return { diff, auto };
}
function baselineNotes(inputs, auto) {
    if (!auto)
        return [];
    if (auto.status === 'restored')
        return [src.md.raw(`Baseline: the default branch's last report, ${src.md.code(auto.key, 200).text} (Actions cache)`)];
    return [
        src.md.raw(`**No baseline** (\`baseline: auto\`): ${src.md.text(auto.reason).text}. Every finding is new${inputs.failOnNewOnly ? ' and counts for the gate' : ''}.`),
    ];
}
/** The baseline goes through the same filters as the scan, or what they drop would show up as fixed. */
function compareWithBaseline(inputs, report, vex, input) {
    const baseline = (0,findings_src/* parseBaselineReport */.Xz)(input.text, input.source);
    const previous = applyVexDocuments(vex, (0,findings_src/* filterFindings */.Ni)(baseline.findings, { severities: inputs.severities }), baseline);
    return (0,findings_src/* diffAgainstBaseline */.AU)(report.findings, previous);
}
/**
 * One SARIF file: one run per unit. One unit is streamed to the file (the
 * document is never held whole); with several platforms each run gets its own
 * category (`<category>/<os-arch[-variant]>`) and a share of GitHub's size
 * limit, so code scanning keeps every platform's results apart. True once written.
 */
async function writeSarif(inputs, scanned, deps) {
    const category = inputs.sarifCategory || `supply-chain-scan/${inputs.target.kind}`;
    const options = (unit) => ({
        category: unit.slug ? `${category.replace(/\/+$/, '')}/${unit.slug}` : category,
        pathPrefix: pathPrefixOf(inputs),
        srcRoot: deps.context.workspace,
        ...(scanned.length > 1 ? { maxGzipBytes: Math.floor(findings_src/* SARIF_DEFAULT_MAX_GZIP_BYTES */.Qi / scanned.length) } : {}),
    });
    const file = scanned[0].files.sarif;
    let omitted;
    if (scanned.length === 1) {
        const unit = scanned[0];
        omitted = (await (0,src/* writeFileNoFollowWith */.yY)(file, (fd) => (0,findings_src/* writeSarifFile */.Vx)(fd, unit.report, options(unit)))).omitted.total;
    }
    else {
        const rendered = scanned.map((unit) => (0,findings_src/* renderSarif */.WH)(unit.report, options(unit)));
        (0,src/* writeFileNoFollow */.qI)(file, (0,findings_src/* combineSarif */.bK)(rendered));
        omitted = rendered.reduce((sum, sarif) => sum + sarif.omitted.total, 0);
    }
    if (omitted > 0) {
        const total = scanned.reduce((sum, unit) => sum + unit.report.findings.length, 0);
        deps.logger.warning(`The SARIF file holds the ${total - omitted} most severe findings; ${omitted} less severe ones were left out to stay within GitHub's code scanning limits (all are in the JSON report).`);
    }
    return true;
}
/** The scan summary, after the comparison with the baseline when there is one; one section per platform. */
function renderSummary(scanned, options) {
    const builder = new src/* SummaryBuilder */.CF({
        ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
        seeAlso: options.seeAlso,
    });
    // The comparison first: it is what a reviewer of a change needs, and the budget cuts from the end.
    if (options.diff)
        appendBaselineSection(builder, options.diff);
    const platforms = scanned.filter((unit) => unit.platform);
    if (platforms.length > 0)
        appendPlatformTable(builder, platforms, options);
    for (const unit of scanned) {
        const gate = platforms.length > 0 ? (0,findings_src/* evaluateGate */.DR)(unit.report.findings, options.gate.policy) : options.gate;
        (0,findings_src/* appendScanSummary */.yo)(builder, unit.report, {
            title: unit.platform ? `${options.title} · ${unit.platform}` : options.title,
            gate,
            seeAlso: options.seeAlso,
            ...(options.notes ? { notes: options.notes } : {}),
        });
    }
    return builder.build().markdown;
}
function appendBaselineSection(builder, diff) {
    const { added, fixed, unchanged } = diff;
    builder.heading('Compared with the baseline', 3);
    builder.table({
        headers: ['New', 'Fixed', 'Unchanged'],
        rows: [[String(added.length), String(fixed.length), String(unchanged.length)]],
    });
    if (fixed.length > 0) {
        builder.details({
            summary: `Fixed since the baseline: ${fixed.length}`,
            list: fixed.map((f) => `${f.severity.toUpperCase()} ${f.id}${f.packageName ? ` in ${f.packageName}` : ''} (${f.target})`),
        });
    }
}
/** `platform: all`: one gate over every platform, then a line per platform; each platform's section follows. */
function appendPlatformTable(builder, platforms, options) {
    builder.heading(src.md.text(`${options.title}: ${platforms.length} platform(s)`), 2);
    builder.paragraph((0,findings_src/* gateLine */.C_)(options.gate));
    const tripped = new Set(options.gate.tripped);
    builder.table({
        headers: ['Platform', 'Digest', 'Findings', 'At or above fail-on'],
        rows: platforms.map((unit) => [
            src.md.code(unit.platform ?? '', 60),
            src.md.code(unit.digest ?? '', 80),
            String(unit.report.findings.length),
            String(unit.report.findings.filter((f) => tripped.has(f)).length),
        ]),
    });
}
/** What the reports call the scanned thing: workspace-relative for files, the reference for images. */
function displayName(inputs, fromTool) {
    const file = inputs.target.kind === 'path'
        ? inputs.target.path
        : inputs.target.kind === 'sbom'
            ? inputs.target.sbom
            : inputs.target.kind === 'archive'
                ? inputs.target.archive.path
                : undefined;
    if (file === undefined)
        return fromTool || (inputs.target.kind === 'image' ? inputs.target.image : '');
    return external_node_path_.relative(inputs.workspace, file).split(external_node_path_.sep).join('/') || '.';
}
/** Workspace-relative prefix of the scanned directory, so annotations point at repository files. */
function pathPrefixOf(inputs) {
    if (inputs.target.kind !== 'path')
        return '';
    const root = scanRootOf(inputs);
    return external_node_path_.relative(inputs.workspace, root).split(external_node_path_.sep).join('/');
}


/***/ }),

/***/ 4644:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  NA: () => (/* reexport */ BodyReadError),
  Sy: () => (/* reexport */ tool_config_CONFIG_FILE_VARIABLES),
  j1: () => (/* reexport */ ConfigurationError),
  cO: () => (/* reexport */ DEFAULT_RETRY_POLICY),
  Ci: () => (/* reexport */ HttpRequestError),
  EN: () => (/* reexport */ InfrastructureError),
  X2: () => (/* reexport */ PolicyFailure),
  iH: () => (/* reexport */ process_REGISTRY_CLOUD_ENVIRONMENT),
  jw: () => (/* reexport */ RedirectRefusedError),
  k2: () => (/* reexport */ SizeCapError),
  CF: () => (/* reexport */ SummaryBuilder),
  Q6: () => (/* reexport */ VERSION_PATTERN),
  hc: () => (/* reexport */ actionRuntime),
  JL: () => (/* reexport */ availableSummaryBytes),
  EY: () => (/* reexport */ backoffDelay),
  Ic: () => (/* reexport */ describeFailure),
  Qy: () => (/* reexport */ displayUrl),
  KI: () => (/* reexport */ emitAnnotations),
  Wn: () => (/* reexport */ ensureConfinedDirectory),
  gJ: () => (/* reexport */ errorMessage),
  BK: () => (/* reexport */ exactlyOne),
  uR: () => (/* reexport */ failureSummaryMarkdown),
  Vu: () => (/* reexport */ fetchWithPolicy),
  pW: () => (/* reexport */ getBoolean),
  GV: () => (/* reexport */ getEnum),
  vS: () => (/* reexport */ getList),
  Yn: () => (/* reexport */ getPath),
  RY: () => (/* reexport */ getRegistryLogin),
  r6: () => (/* reexport */ getSecret),
  hL: () => (/* reexport */ getSkipPatterns),
  AA: () => (/* reexport */ getString),
  Ax: () => (/* reexport */ getToolInputs),
  ID: () => (/* reexport */ getUrl),
  js: () => (/* reexport */ htmlText),
  iW: () => (/* reexport */ imageArchiveDigest),
  bl: () => (/* reexport */ image_reference_imageRegistry),
  tS: () => (/* reexport */ isSecretVariable),
  md: () => (/* reexport */ md),
  SK: () => (/* reexport */ moveFileNoFollow),
  mu: () => (/* reexport */ parseRetryAfter),
  wh: () => (/* reexport */ plainText),
  Ae: () => (/* reexport */ prepareToolRunDirectory),
  EF: () => (/* reexport */ readCapped),
  uh: () => (/* reexport */ readFileCapped),
  Dz: () => (/* reexport */ readFileCappedSync),
  Y5: () => (/* reexport */ readInputFileCapped),
  uk: () => (/* reexport */ realSleep),
  ik: () => (/* reexport */ registryLoginVariables),
  rU: () => (/* reexport */ retryLoop),
  Cs: () => (/* reexport */ runAction),
  R3: () => (/* reexport */ runProcess),
  Pl: () => (/* reexport */ safeUrl),
  _0: () => (/* reexport */ stripInvisible),
  os: () => (/* reexport */ tailLines),
  uQ: () => (/* reexport */ process_toolEnvironment),
  xv: () => (/* reexport */ truncate),
  Ck: () => (/* reexport */ truncateUtf8),
  _U: () => (/* reexport */ unusedRepositoryConfigFiles),
  dy: () => (/* reexport */ utf8Bytes),
  wo: () => (/* reexport */ validateImageArchive),
  XX: () => (/* reexport */ validateImageReference),
  iQ: () => (/* reexport */ validatePath),
  LH: () => (/* reexport */ withRetries),
  qI: () => (/* reexport */ writeFileNoFollow),
  yY: () => (/* reexport */ writeFileNoFollowWith),
  j7: () => (/* reexport */ writeJobSummary)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_LEVEL, ANNOTATION_LEVELS, BASE_ENVIRONMENT, DEFAULT_MAX_TEXT_CHARS, DEFAULT_SUMMARY_BUDGET_BYTES, IdleTimeoutError, MAX_ANNOTATION_MESSAGE_BYTES, MAX_ANNOTATION_TITLE_CHARS, MAX_PATH_LENGTH, MAX_REDIRECTS, MAX_SKIP_PATTERNS, REPOSITORY_CONFIG_FILES, STEP_SUMMARY_LIMIT_BYTES, SUITE_TOOL_PREFIXES, SafeMarkdown, assertConfined, assertSingleLine, causeChain, checkRedirect, commandBlock, createRuntime, describeNetworkError, escapeCommandData, escapeCommandProperty, escapeHtml, escapeHtmlAndMarkdown, escapeMarkdown, formatAnnotation, getInputsRead, getVersion, isLoopbackHostname, isRetryableStatus, isUntrustedTrigger, isWithin, logger, makePrivateDirectory, markdownCode, mayHoldWorkflowCommand, neutralizeMentions, pullRequestFromPayload, rawInput, readArchiveKind, readRunContext, realPathAllowingMissing, realRoots, resetInputsRead, selectAnnotations, sniffArchive, startRuntime, stopCommandsWrap, toolRegistryEnvironment

;// CONCATENATED MODULE: ./packages/action-kit/src/errors.ts
/**
 * Error taxonomy shared by every action. `runAction` turns each kind into a
 * different failure message; library code only throws.
 */
/** A problem the user can fix in their workflow: bad input, missing file. Reported without a stack. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    constructor(message, options) {
        super(message, options);
    }
}
/**
 * Infrastructure failed: a tool download, a checksum, a registry, a crashed process.
 * Never a verdict about the thing being scanned; the step says so.
 */
class InfrastructureError extends Error {
    name = 'InfrastructureError';
    constructor(message, options) {
        super(message, options);
    }
}
/** The action ran correctly and its policy (a severity gate, a verification) says no. */
class PolicyFailure extends Error {
    name = 'PolicyFailure';
    constructor(message) {
        super(message);
    }
}
/** Walks `error.cause` links, outermost first, stopping on cycles. */
function causeChain(error) {
    const chain = [];
    const seen = new Set();
    let current = error;
    while (current !== undefined && current !== null && !seen.has(current)) {
        chain.push(current);
        seen.add(current);
        current = current instanceof Error ? current.cause : undefined;
    }
    return chain;
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/escape.ts
/**
 * Escaping for text that came from somewhere we do not control (tool reports,
 * package names, file paths) before it reaches a workflow command, Markdown or HTML.
 */
/** Workflow command data (message part): the runner's own escaping. */
function escapeCommandData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Workflow command property values (file=, title=). */
function escapeCommandProperty(value) {
    return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/**
 * Characters that render as nothing (or as blank space that is not a space)
 * and so can hide text, smuggle instructions or reorder what a reader sees:
 * - C0/C1 controls except tab and newline;
 * - U+00AD soft hyphen, U+034F combining grapheme joiner, U+061C Arabic letter mark;
 * - Hangul fillers U+115F, U+1160, U+3164, U+FFA0; Khmer U+17B4, U+17B5;
 *   Mongolian free variation selectors and vowel separator U+180B–U+180F;
 * - U+200B–U+200F zero-width space/joiners and LRM/RLM; U+2028/U+2029 are
 *   left to the callers that fold lines;
 * - U+202A–U+202E bidi embeddings and overrides; U+2060–U+206F word joiner,
 *   invisible operators, bidi isolates (U+2066–U+2069) and deprecated format
 *   characters;
 * - U+FEFF byte order mark; U+FFF9–U+FFFB interlinear annotation;
 * - U+1D173–U+1D17A musical formatting; U+E0000–U+E007F tag characters
 *   ("ASCII smuggling"); U+E0100–U+E01EF variation selectors supplement.
 */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- matching these characters is the point
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;
/** Removes bidi overrides, zero-width and other characters that hide or reorder text (see {@link INVISIBLE}). */
function stripInvisible(value) {
    return value.replace(INVISIBLE, '');
}
/**
 * An `@` that GitHub would turn into a mention (`@user`, `@org/team`): one
 * at the start or after a non-word character (GitHub's mention filter needs
 * `^` or `\W` before the `@`, so `repo@sha256:…`, `release.yml@refs/…` and
 * e-mail addresses are never mentions and stay byte-for-byte copyable) and
 * followed by a letter, digit or `-`/`_`. A zero-width space after the `@`
 * breaks the mention (GitHub links and notifies only `@` directly followed by
 * the name) and keeps the text readable; copying it yields the same name with
 * an invisible character in it, which is the point.
 */
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9_-])/g;
/**
 * Plain text GitHub shows as text (check-run titles and annotations): no
 * mention is linked or notified. Apply after {@link stripInvisible}, which
 * would remove the separator again.
 */
function neutralizeMentions(value) {
    return value.replace(MENTION, '@\u200B');
}
/** Plain untrusted text for GitHub: invisible characters removed, then mentions neutralised. */
function plainText(value) {
    return neutralizeMentions(stripInvisible(value));
}
/**
 * Text placed inside HTML elements (the summary's <details>, <td>...):
 * invisible characters removed, HTML escaped, and mentions neutralised with a
 * zero-width space written as an entity (so a later stripInvisible of the
 * Markdown cannot undo it; GitHub decodes it to the character).
 */
function escapeHtml(value) {
    return stripInvisible(value)
        .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
        .replace(MENTION, '@&#8203;');
}
const MARKDOWN_ENTITIES = {
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '|': '&#124;',
    '~': '&#126;',
};
/**
 * Text placed in Markdown (including table cells): HTML-escaped, newlines
 * folded to spaces so a value can never start a new block, table row or
 * heading, and the characters that make emphasis, code, links, strike-through
 * or cell breaks written as numeric entities. Entities (not backslashes) keep
 * the HTML escapes intact: `\&#39;` would show as text.
 */
function escapeMarkdown(value) {
    return (escapeHtml(value)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(/[\\`*_[\]|~]/g, (c) => MARKDOWN_ENTITIES[c] ?? c)
        // What would open a block at the start of a line: a heading, a quote, a list item.
        .replace(/^(\s*)(#|>|[+-](?=\s|$)|=+\s*$)/, (_m, space, c) => `${space}&#${c.charCodeAt(0)};${c.slice(1)}`)
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, (_m, digits, c) => `${digits}&#${c.charCodeAt(0)};`));
}
/**
 * Text for inline HTML (<code>, <b>, <summary>): HTML-escaped, and the characters that
 * make Markdown links, images, emphasis or code written as entities, since Markdown
 * still applies inside inline HTML. Entities render as the characters themselves.
 */
function escapeHtmlAndMarkdown(value) {
    return escapeHtml(value).replace(/[\\`*_[\]~]/g, (c) => MARKDOWN_ENTITIES[c] ?? c);
}
/**
 * A command meant to be copied from the summary, as a `<pre><code>` block:
 * invisible characters dropped, line breaks folded to spaces (one line: no
 * value can start a block), HTML and the Markdown characters written as
 * entities (nothing can close the block or render), and NO mention
 * separator — GitHub links and notifies no mention inside `<pre>`/`<code>`,
 * and a zero-width space after the `@` of `…/x.yml@refs/heads/main` would be
 * copied into the identity, which cosign and gh then refuse (found by running
 * the summary's commands with the real tools, test/interop).
 */
function commandBlock(command) {
    const clean = stripInvisible(command)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
        .replace(/[\\`*_[\]~|]/g, (c) => MARKDOWN_ENTITIES[c] ?? c);
    return `<pre><code>${clean}</code></pre>`;
}
/** Inline code span that cannot be broken out of. */
function markdownCode(value) {
    const clean = stripInvisible(value).replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
    return `<code>${escapeHtmlAndMarkdown(clean)}</code>`;
}
/** Truncates to at most `max` characters (UTF-16 units), marking the cut. */
function truncate(value, max) {
    if (value.length <= max)
        return value;
    return `${value.slice(0, Math.max(0, max - 1))}…`;
}
/** Allows http(s) URLs only; anything else (javascript:, data:) is dropped. */
function safeUrl(value) {
    if (!value)
        return undefined;
    try {
        const url = new URL(value);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return undefined;
        return url.toString();
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/action-kit/src/http-policy.ts
/**
 * One policy for every HTTP exchange the actions make over `fetch` (GitHub's
 * API, OCI registries, the vulnerability-DB mirrors), so that a hostile or
 * broken server meets the same bounds everywhere:
 *
 * - **Redirects are followed by hand** ({@link fetchWithPolicy}), at most
 *   {@link MAX_REDIRECTS}: a redirect from `https:` to plain `http:` is
 *   refused unless it stays on a loopback host (tests, local mirrors), and
 *   `Authorization`, `Cookie` and `Proxy-Authorization` are dropped as soon
 *   as a redirect leaves the origin the request was made to — credentials are
 *   never forwarded across origins.
 * - **Bodies are read with the cap enforced while reading**
 *   ({@link readCapped}): a declared `Content-Length` over the cap is refused
 *   before a byte is read, and an undeclared or lying one is cut off the
 *   moment the cap is passed — memory never holds more than the cap.
 * - **Deadlines**: the caller's `AbortSignal` (every client passes
 *   `AbortSignal.timeout(...)`) covers the whole exchange, redirects and the
 *   body included, so a server that trickles one byte at a time is stopped at
 *   the deadline, not only when it falls silent.
 *
 * Files read whole (reports, listings, configuration) go through
 * {@link readFileCapped}, which reads at most cap + 1 bytes whatever the file
 * claims or becomes while it is read.
 */



const MAX_REDIRECTS = 5;
/** Headers that carry credentials: never sent to an origin other than the one the request was made to. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];
/** `localhost`, `127.x.x.x` or `[::1]`, with or without a port. */
function isLoopbackHostname(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/** A URL without query and fragment (they may carry signatures or tokens), for messages. */
function shown(url) {
    return `${url.origin}${url.pathname}`;
}
/** A redirect the policy refuses (a downgrade to plain HTTP, too many hops, a bad Location). */
class RedirectRefusedError extends InfrastructureError {
    name = 'RedirectRefusedError';
}
/**
 * Throws when following a redirect from `from` to `to` would leave TLS for a
 * host that is not loopback.
 */
function checkRedirect(from, to, what) {
    if (to.protocol !== 'https:' && to.protocol !== 'http:') {
        throw new RedirectRefusedError(`${what}: redirected from ${shown(from)} to a '${to.protocol}' URL; refused`);
    }
    if (from.protocol === 'https:' && to.protocol === 'http:' && !isLoopbackHostname(to.hostname)) {
        throw new RedirectRefusedError(`${what}: redirected from ${shown(from)} to ${shown(to)} — a downgrade from HTTPS to plain HTTP is refused (the server or a proxy ` +
            'in between is misconfigured or hostile; this is not a problem with the workflow)');
    }
}
function headerRecord(headers) {
    const out = {};
    new Headers(headers ?? {}).forEach((value, key) => {
        out[key] = value;
    });
    return out;
}
/**
 * `fetch` with the redirect policy above. `init.redirect` is ignored (the
 * redirects are followed here); the final response is returned whatever its
 * status. 301/302/303 after a POST continue as GET without a body, as
 * browsers do; 307/308 keep the method and body.
 *
 * `limits` adds deadlines to the caller's signal: `timeoutMs` for the whole
 * exchange (redirects and body), `idleTimeoutMs` for silence (no headers,
 * or no body bytes, for that long).
 */
async function fetchWithPolicy(fetchFn, input, init = {}, what, limits = {}) {
    if (limits.timeoutMs !== undefined || limits.idleTimeoutMs !== undefined) {
        return fetchWithLimits(fetchFn, input, init, what, limits);
    }
    let url = new URL(input);
    const label = what ?? `${init.method ?? 'GET'} ${shown(url)}`;
    const origin = url.origin;
    let headers = headerRecord(init.headers);
    let method = init.method ?? 'GET';
    let body = init.body;
    for (let hop = 0;; hop++) {
        const response = await fetchFn(url, {
            ...init,
            method,
            headers,
            ...(body !== undefined && body !== null ? { body } : { body: null }),
            redirect: 'manual',
        });
        if (![301, 302, 303, 307, 308].includes(response.status))
            return response;
        const location = response.headers.get('location');
        await response.body?.cancel().catch(() => undefined);
        if (!location)
            throw new RedirectRefusedError(`${label}: HTTP ${response.status} without a Location; refused`);
        if (hop >= MAX_REDIRECTS)
            throw new RedirectRefusedError(`${label}: more than ${MAX_REDIRECTS} redirects; refused`);
        let next;
        try {
            next = new URL(location, url);
        }
        catch {
            throw new RedirectRefusedError(`${label}: the redirect Location is not a URL; refused`);
        }
        checkRedirect(url, next, label);
        if (next.origin !== origin) {
            headers = Object.fromEntries(Object.entries(headers).filter(([key]) => !CREDENTIAL_HEADERS.includes(key.toLowerCase())));
        }
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
            headers = Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== 'content-type'));
        }
        url = next;
    }
}
/** The exchange fell silent for longer than its idle timeout (named like AbortSignal.timeout's, so it reads as a deadline). */
class IdleTimeoutError extends Error {
    idleTimeoutMs;
    name = 'TimeoutError';
    constructor(label, idleTimeoutMs) {
        super(`${label}: no data for ${idleTimeoutMs} ms; the connection was dropped`);
        this.idleTimeoutMs = idleTimeoutMs;
    }
}
/** A timer that aborts `controller` after `ms` of silence; `touch` restarts it, `stop` ends it. */
function idleWatch(controller, ms, label) {
    let timer;
    const touch = () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(new IdleTimeoutError(label, ms)), ms);
        timer.unref?.();
    };
    touch();
    return { touch, stop: () => clearTimeout(timer) };
}
async function fetchWithLimits(fetchFn, input, init, what, limits) {
    const controller = new AbortController();
    const signals = [controller.signal];
    if (init.signal)
        signals.push(init.signal);
    if (limits.timeoutMs !== undefined)
        signals.push(AbortSignal.timeout(limits.timeoutMs));
    const signal = AbortSignal.any(signals);
    const label = what ?? `${init.method ?? 'GET'} ${shown(new URL(input))}`;
    if (limits.idleTimeoutMs === undefined)
        return fetchWithPolicy(fetchFn, input, { ...init, signal }, what);
    const watch = idleWatch(controller, limits.idleTimeoutMs, label);
    let response;
    try {
        response = await fetchWithPolicy(fetchFn, input, { ...init, signal }, what);
    }
    catch (error) {
        watch.stop();
        throw error;
    }
    if (!response.body || [101, 204, 205, 304].includes(response.status)) {
        watch.stop();
        return response;
    }
    watch.touch();
    // Every chunk restarts the idle timer; the end of the body (or its failure) stops it.
    const body = response.body.pipeThrough(new TransformStream({
        transform(chunk, sink) {
            watch.touch();
            sink.enqueue(chunk);
        },
        flush() {
            watch.stop();
        },
    }), 
    // A deadline fails the body even when the fetch in use does not watch the signal itself.
    { signal });
    signal.addEventListener('abort', () => watch.stop(), { once: true });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
/** A body that broke off while it was read (a network fault: worth a retry). */
class BodyReadError extends InfrastructureError {
    name = 'BodyReadError';
}
/** A body, or a file, over its size cap (not worth a retry). */
class SizeCapError extends InfrastructureError {
    name = 'SizeCapError';
}
/**
 * Reads a response body, refusing it as soon as it is over `maxBytes`
 * (announced or actual). The caller's AbortSignal bounds the time.
 */
async function readCapped(response, maxBytes, what) {
    const declared = response.headers.get('content-length');
    if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new SizeCapError(`${what}: the answer announces ${declared} bytes, over the ${maxBytes}-byte limit; refused`);
    }
    if (!response.body)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    const reader = response.body.getReader();
    for (;;) {
        let chunk;
        try {
            chunk = await reader.read();
        }
        catch (error) {
            const name = error?.name;
            const reason = error instanceof IdleTimeoutError
                ? `no data for ${error.idleTimeoutMs} ms`
                : name === 'TimeoutError' || name === 'AbortError'
                    ? 'the deadline passed'
                    : String(error?.message ?? error);
            throw new BodyReadError(`${what}: the answer broke off (${reason})`, { cause: error });
        }
        if (chunk.done)
            break;
        total += chunk.value.length;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new SizeCapError(`${what}: the answer is over the ${maxBytes}-byte limit; refused`);
        }
        chunks.push(Buffer.from(chunk.value));
    }
    return Buffer.concat(chunks);
}
/** The chunks of a capped file read (readFileCapped, readFileCappedSync): at most maxBytes + 1 bytes are read. */
class CappedChunks {
    maxBytes;
    what;
    chunks = [];
    total = 0;
    constructor(maxBytes, what) {
        this.maxBytes = maxBytes;
        this.what = what;
    }
    /** A buffer for the next read, never larger than what is left under the cap plus one byte. */
    nextBuffer() {
        return Buffer.allocUnsafe(Math.min(1024 * 1024, this.maxBytes + 1 - this.total));
    }
    /** Keeps bytesRead bytes of buffer; false at end of file, SizeCapError past the cap. */
    add(buffer, bytesRead) {
        if (bytesRead === 0)
            return false;
        this.total += bytesRead;
        if (this.total > this.maxBytes)
            throw new SizeCapError(`${this.what} is over the ${this.maxBytes}-byte limit; refused`);
        this.chunks.push(buffer.subarray(0, bytesRead));
        return true;
    }
    bytes() {
        return Buffer.concat(this.chunks, this.total);
    }
}
/**
 * Reads a whole file, refusing it when it holds more than `maxBytes`: never
 * more than maxBytes + 1 bytes are read, whatever `stat` said or the file
 * becomes meanwhile (a growing file, a device such as /dev/zero).
 */
async function readFileCapped(file, maxBytes, what) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const sink = new CappedChunks(maxBytes, what);
        for (;;) {
            const buffer = sink.nextBuffer();
            if (!sink.add(buffer, (await handle.read(buffer, 0, buffer.length, null)).bytesRead))
                return sink.bytes();
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * The synchronous reader for small state files (a DB's metadata.json, a cache
 * marker, a stored manifest) in folders an Actions cache restore can fill:
 * only a regular file is read (a FIFO, a device or a directory is refused
 * without blocking), and at most maxBytes + 1 bytes of it.
 */
function readFileCappedSync(file, maxBytes, what) {
    const fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    try {
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            throw new SizeCapError(`${what} is not a regular file; refused`);
        const sink = new CappedChunks(maxBytes, what);
        for (;;) {
            const buffer = sink.nextBuffer();
            if (!sink.add(buffer, (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, null)))
                return sink.bytes();
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Reads a file an input names (a VEX document, a baseline report, an ignore
 * file) with the cap enforced while reading and only when it is a regular
 * file: over the cap, or a FIFO/device, is a ConfigurationError naming the
 * input, never a read without bound and never an echo of the file's bytes.
 */
function readInputFileCapped(file, maxBytes, input) {
    try {
        return readFileCappedSync(file, maxBytes, `Input '${input}' (${file})`);
    }
    catch (error) {
        if (error instanceof SizeCapError) {
            throw new ConfigurationError(`${error.message}. Use a file of at most ${maxBytes} bytes for '${input}'.`, {
                cause: error,
            });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/http-retry.ts
/**
 * The one retry policy for every HTTP exchange the actions make themselves
 * (registries, GitHub's API, tool and DB downloads, the OIDC endpoint):
 * bounded tries, exponential backoff with optional jitter, a server's
 * `Retry-After` honoured (never jittered), and a fixed sleep budget per
 * request. A wait longer than what is left of the budget ends the retries at
 * once: sleeping less than the server asked would only earn another 429, and
 * the caller may have other mirrors to try.
 *
 * {@link retryLoop} is the loop itself, for any attempt and any way of
 * judging its outcome (GitHub's rate limits, a download's status);
 * {@link withRetries} is that loop for a `fetch` Response (429 and 5xx and
 * network errors retried, the rest the caller's to judge).
 */

const DEFAULT_RETRY_POLICY = Object.freeze({
    attempts: 3,
    baseDelayMs: 1000,
    maxDelayMs: 10_000,
    budgetMs: 30_000,
});
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** An HTTP exchange that failed: the status (when there was an answer) and whether a retry might help. */
class HttpRequestError extends InfrastructureError {
    url;
    status;
    retryable;
    name = 'HttpRequestError';
    constructor(message, url, status, retryable, options) {
        super(message, options);
        this.url = url;
        this.status = status;
        this.retryable = retryable;
    }
}
function isRetryableStatus(status) {
    return status === 429 || (status >= 500 && status <= 599);
}
/**
 * Milliseconds a `Retry-After` value asks for (delta-seconds or an HTTP
 * date), or undefined when it is absent or unreadable.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (value == null)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    if (!/[a-z]/i.test(trimmed))
        return undefined;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** The backoff before retry `retry` (1-based); `random` in [0, 1) applies the policy's jitter. */
function backoffDelay(retry, policy, random = Math.random) {
    const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    const jitter = Math.min(1, Math.max(0, policy.jitter ?? 0));
    if (jitter === 0)
        return delay;
    return Math.round(delay * (1 - jitter * random()));
}
/** The URL without query and fragment, for messages (signed blob URLs carry credentials in the query). */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url.replace(/[?#].*$/, '');
    }
}
/** A network error in words: 'timed out' for a deadline, else the message and its cause's code. */
function describeNetworkError(error) {
    if (error instanceof Error) {
        if (error.name === 'TimeoutError')
            return 'timed out';
        const cause = error.cause instanceof Error ? `: ${error.cause.code ?? error.cause.message}` : '';
        return `${error.message}${cause}`;
    }
    return String(error);
}
/**
 * Runs `attempt` until `judge` says its outcome is final or the tries or
 * the sleep budget run out, sleeping between tries the server's wait
 * (`waitMs`) or the policy's backoff. Never throws what `attempt` threw:
 * the caller turns the end into its own answer or error.
 */
async function retryLoop(context, attempt, judge) {
    const { policy, sleep } = context;
    let slept = 0;
    for (let tryNumber = 1;; tryNumber++) {
        let outcome;
        try {
            outcome = { value: await attempt(tryNumber) };
        }
        catch (error) {
            outcome = { error };
        }
        const verdict = await judge(outcome);
        if (!verdict.retry)
            return { outcome, verdict, tries: tryNumber };
        if (tryNumber >= policy.attempts)
            return { outcome, verdict, tries: tryNumber, gaveUp: { reason: 'attempts' } };
        const delay = verdict.waitMs ?? backoffDelay(tryNumber, policy, context.random);
        if (slept + delay > policy.budgetMs) {
            const gaveUp = { reason: 'budget', delayMs: delay, asked: verdict.waitMs !== undefined };
            return { outcome, verdict, tries: tryNumber, gaveUp };
        }
        context.log?.(`${verdict.why}; retrying in ${Math.round(delay)} ms (retry ${tryNumber} of ${policy.attempts - 1})`);
        slept += delay;
        await sleep(delay);
    }
}
function tries(count) {
    return `${count} ${count === 1 ? 'try' : 'tries'}`;
}
/**
 * Runs `attempt` until it returns a response whose status is not retryable
 * (returned as is, errors included: 404 is the caller's to judge), or the
 * tries or the sleep budget run out: then the last 429/5xx or network error
 * is thrown as an HttpRequestError saying how many tries were made.
 *
 * `attempt` may also throw an HttpRequestError with `retryable: true` (e.g.
 * a body cut short while streaming): it is retried like a 5xx. One with
 * `retryable: false` (a digest mismatch) ends the retries at once.
 */
async function withRetries(label, context, attempt) {
    const now = context.now ?? Date.now;
    const end = await retryLoop(context, attempt, async (outcome) => {
        if ('error' in outcome) {
            const { error } = outcome;
            if (error instanceof HttpRequestError)
                return error.retryable ? { retry: true, why: error.message } : { retry: false };
            // Ours (a digest mismatch, a size limit): retrying cannot help.
            if (error instanceof InfrastructureError || error instanceof ConfigurationError)
                return { retry: false };
            return { retry: true, why: `${label}: ${describeNetworkError(error)}` };
        }
        const response = outcome.value;
        if (!isRetryableStatus(response.status))
            return { retry: false };
        await response.body?.cancel().catch(() => undefined);
        const asked = parseRetryAfter(response.headers.get('retry-after'), now());
        const why = `${label}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        return { retry: true, why, ...(asked !== undefined ? { waitMs: asked } : {}) };
    });
    const { outcome, verdict, gaveUp } = end;
    if (!gaveUp || !verdict.retry) {
        if ('error' in outcome)
            throw outcome.error;
        return outcome.value;
    }
    const failure = 'error' in outcome
        ? outcome.error instanceof HttpRequestError
            ? outcome.error
            : new HttpRequestError(verdict.why, label, undefined, true, { cause: outcome.error })
        : undefined;
    const status = 'value' in outcome ? outcome.value.status : undefined;
    const options = failure ? { cause: failure.cause ?? failure } : undefined;
    if (gaveUp.reason === 'attempts') {
        throw new HttpRequestError(`${verdict.why} (after ${tries(end.tries)})`, failure?.url ?? label, status, true, options);
    }
    const wait = gaveUp.asked
        ? `Retry-After ${Math.ceil(gaveUp.delayMs / 1000)} s`
        : `a ${Math.ceil(gaveUp.delayMs / 1000)} s backoff`;
    throw new HttpRequestError(`${verdict.why} (after ${tries(end.tries)}; ${wait} would exceed the ${Math.round(context.policy.budgetMs / 1000)} s retry budget)`, failure?.url ?? label, status, true, options);
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(3838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/action-kit/src/paths.ts




/**
 * Paths under hostile workspace content. A checkout can hold symlinks, so a
 * path that is inside the workspace by its spelling (`reports/summary.md`)
 * may lead anywhere. Every location an action reads from or writes to is
 * therefore checked by its real path (every link resolved, for the part that
 * exists), and files are written without following a link: into a fresh
 * file created exclusively beside the target, then renamed over it (a rename
 * replaces a link, never what it points to).
 */
function isWithin(base, candidate) {
    const relative = external_node_path_.relative(base, candidate);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_.isAbsolute(relative));
}
/** Real paths of the roots that exist (a root that does not exist holds nothing). */
function realRoots(roots) {
    const out = [];
    for (const root of roots) {
        if (!root)
            continue;
        try {
            out.push(external_node_fs_.realpathSync(external_node_path_.resolve(root)));
        }
        catch {
            // missing root
        }
    }
    return out;
}
/**
 * The real path of `candidate`, for a path that may not exist yet: the
 * deepest existing ancestor is resolved (links and all) and the rest appended.
 * A dangling link in the chain resolves to its target's location.
 */
function realPathAllowingMissing(candidate) {
    const absolute = external_node_path_.resolve(candidate);
    const missing = [];
    let current = absolute;
    for (let depth = 0; depth < 4096; depth++) {
        try {
            const real = external_node_fs_.realpathSync(current);
            return missing.length === 0 ? real : external_node_path_.join(real, ...missing.reverse());
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR') {
                // ELOOP, ENAMETOOLONG, EACCES…: a path that cannot be resolved is refused, not followed.
                throw new ConfigurationError(`The path ${paths_shown(absolute)} cannot be resolved (${code ?? 'error'}); use a plain path inside the workspace.`);
            }
            // A dangling link: follow it by hand, its target decides where a write would land.
            let link;
            try {
                link = external_node_fs_.readlinkSync(current);
            }
            catch {
                link = undefined;
            }
            if (link !== undefined) {
                current = external_node_path_.resolve(external_node_path_.dirname(current), link);
                continue;
            }
            const parent = external_node_path_.dirname(current);
            if (parent === current)
                return absolute;
            missing.push(external_node_path_.basename(current));
            current = parent;
        }
    }
    throw new ConfigurationError(`The path ${absolute} has too many levels of links.`);
}
function paths_shown(value) {
    // eslint-disable-next-line no-control-regex -- never print control characters of a hostile value
    const clean = value.replace(/[\u0000-\u001F\u007F-\u009F\u2028-\u202E\u2066-\u2069]/g, '?');
    return clean.length > 200 ? `${clean.slice(0, 197)}...` : clean;
}
/**
 * Refuses `resolved` unless its real path lies inside one of the roots (also
 * by real path). Returns the path as given (links inside the roots are fine).
 * Nothing of the target is read or shown: only where it leads.
 */
function assertConfined(resolved, options) {
    const roots = realRoots(options.roots);
    let real;
    try {
        real = realPathAllowingMissing(resolved);
    }
    catch (error) {
        throw new ConfigurationError(`Input \`${options.name}\` ('${paths_shown(options.value)}'): ${error.message}`, {
            cause: error,
        });
    }
    if (!roots.some((root) => isWithin(root, real))) {
        throw new ConfigurationError(`Input \`${options.name}\` ('${paths_shown(options.value)}') leads outside ${options.rootsLabel} through a symbolic link (to ${paths_shown(real)}); ` +
            'use a path whose real location is inside it. (A link in the checkout is repository content, not a choice of the workflow.)');
    }
    return resolved;
}
/**
 * Creates `dir` (and its parents) and checks, after creating it, that its
 * real path is inside the roots: a link anywhere in the chain that leads out
 * is refused before anything is written into it.
 */
function ensureConfinedDirectory(dir, options) {
    assertConfined(dir, options);
    external_node_fs_.mkdirSync(dir, { recursive: true });
    assertConfined(dir, options);
    if (!external_node_fs_.statSync(dir).isDirectory()) {
        throw new ConfigurationError(`Input \`${options.name}\` ('${paths_shown(options.value)}') is not a directory.`);
    }
    return dir;
}
function temporarySibling(file) {
    return external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file).slice(0, 80)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Writes `data` to `file` without ever following a link at `file`: a fresh
 * file is created exclusively (O_CREAT|O_EXCL never follows a link) beside
 * it, then renamed over it. A link planted at `file` is replaced, and the
 * file it pointed to is left untouched.
 */
function writeFileNoFollow(file, data, mode = 0o644) {
    const temporary = openTemporarySibling(file, mode);
    try {
        external_node_fs_.writeFileSync(temporary.fd, data);
    }
    catch (error) {
        temporary.abandon();
        throw error;
    }
    temporary.commit();
}
/**
 * `writeFileNoFollow` for content written piece by piece: `write` gets the
 * descriptor of the fresh file (positioned writes from offset 0), which
 * replaces `file` once `write` resolves.
 */
async function writeFileNoFollowWith(file, write, mode = 0o644) {
    const temporary = openTemporarySibling(file, mode);
    let value;
    try {
        value = await write(temporary.fd);
    }
    catch (error) {
        temporary.abandon();
        throw error;
    }
    temporary.commit();
    return value;
}
/** A fresh file beside `file` (O_CREAT|O_EXCL|O_NOFOLLOW), renamed over `file` by `commit`. */
function openTemporarySibling(file, mode) {
    const temporary = temporarySibling(file);
    const fd = external_node_fs_.openSync(temporary, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), mode);
    const abandon = () => {
        external_node_fs_.closeSync(fd);
        external_node_fs_.rmSync(temporary, { force: true });
    };
    return {
        fd,
        abandon,
        commit: () => {
            external_node_fs_.closeSync(fd);
            try {
                external_node_fs_.renameSync(temporary, file);
            }
            catch (error) {
                external_node_fs_.rmSync(temporary, { force: true });
                throw error;
            }
        },
    };
}
/**
 * Moves a file a tool wrote in a private directory to `destination`, replacing
 * whatever is there (a link included) rather than writing through it. Across
 * filesystems (EXDEV) the bytes are copied with `writeFileNoFollow`.
 */
function moveFileNoFollow(source, destination) {
    try {
        external_node_fs_.renameSync(source, destination);
        return;
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
    }
    const stat = external_node_fs_.lstatSync(source);
    if (!stat.isFile())
        throw new Error(`${source} is not a regular file`);
    writeFileNoFollow(destination, external_node_fs_.readFileSync(source));
    external_node_fs_.rmSync(source, { force: true });
}
/**
 * A fresh, empty directory only this process uses (mode 0700), under
 * `parent` (RUNNER_TEMP): the working directory for tools, so that nothing
 * in the checkout is found by a tool's "look in the current directory" rule,
 * and the place for files the action writes for them.
 */
function makePrivateDirectory(parent, prefix) {
    external_node_fs_.mkdirSync(parent, { recursive: true });
    return external_node_fs_.mkdtempSync(external_node_path_.join(parent, `${prefix.replace(/[^A-Za-z0-9_-]/g, '-')}-`));
}

;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts





/**
 * Typed, validated input readers. Every input an action reads goes through
 * `rawInput`, which records the name so a contract test can compare the set of
 * inputs read against the ones action.yml declares.
 */
const inputsRead = new Set();
/** Names read since the last reset (contract tests). */
function getInputsRead() {
    return inputsRead;
}
function resetInputsRead() {
    inputsRead.clear();
}
/** The trimmed raw value of an input ('' when unset). */
function rawInput(name) {
    inputsRead.add(name);
    return core/* getInput */.V4(name, { trimWhitespace: true });
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const inputs_INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;
function quote(value) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    // Control, line-separator, bidi and zero-width characters are shown as escapes: an error message
    // must neither break into lines nor hide or reorder what the user typed.
    return `'${shown.replace(inputs_INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`)}'`;
}
/** A single-line string; control characters and newlines are refused. '' when unset and not required. */
function getString(name, options = {}) {
    const value = rawInput(name);
    if (!value) {
        if (options.required)
            throw new ConfigurationError(`Input \`${name}\` is required and was empty.`);
        return '';
    }
    assertSingleLine(name, value);
    const max = options.maxLength ?? 4096;
    if (value.length > max) {
        throw new ConfigurationError(`Input \`${name}\` is ${value.length} characters long; at most ${max} are accepted.`);
    }
    if (options.pattern && !options.pattern.test(value)) {
        const expected = options.patternDescription ? ` It must be ${options.patternDescription}.` : '';
        throw new ConfigurationError(`Input \`${name}\` has an invalid value ${quote(value)}.${expected}`);
    }
    return value;
}
function assertSingleLine(name, value) {
    if (CONTROL.test(value)) {
        throw new ConfigurationError(`Input \`${name}\` contains a newline or control character; it must be a single line of printable text.`);
    }
}
/** `true` or `false` (YAML 1.2 core schema spellings, as @actions/core accepts). */
function getBoolean(name) {
    const value = rawInput(name);
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new ConfigurationError(`Input \`${name}\` must be true or false; got ${quote(value)}.`);
}
/** One value of an allow-list (case-insensitive, returned in its canonical spelling). */
function getEnum(name, allowed) {
    const value = rawInput(name);
    const match = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (match === undefined) {
        throw new ConfigurationError(`Input \`${name}\` must be one of ${allowed.join(', ')}; got ${quote(value)}.`);
    }
    return match;
}
function getList(name, allowed) {
    const value = rawInput(name);
    if (CONTROL_EXCEPT_NEWLINE.test(value)) {
        throw new ConfigurationError(`Input \`${name}\` contains a control character.`);
    }
    const items = [
        ...new Set(value
            .split(/[,\r\n]+/)
            .map((item) => item.trim())
            .filter(Boolean)),
    ];
    if (!allowed)
        return items;
    return items.map((item) => {
        const match = allowed.find((candidate) => candidate.toLowerCase() === item.toLowerCase());
        if (match === undefined) {
            throw new ConfigurationError(`Input \`${name}\` accepts ${allowed.join(', ')}; got ${quote(item)}.`);
        }
        return match;
    });
}
/** A filesystem path, resolved against the workspace, validated. '' when unset. */
function getPath(name, options) {
    const value = getString(name);
    if (!value)
        return '';
    return validatePath(name, value, options);
}
/** Longer paths are refused before the filesystem sees them (Linux's PATH_MAX is 4096). */
const MAX_PATH_LENGTH = 4096;
/**
 * Resolves `value` against the workspace and confines it: by spelling (no
 * `..` out, no absolute path elsewhere) and by real path (no symbolic link in
 * the checkout leading out of the workspace / RUNNER_TEMP). The error names
 * the input and never shows the contents of what a link points to.
 */
function validatePath(name, value, options) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        throw new ConfigurationError(`Input \`${name}\` must be a path, not a URL (${quote(value)}).`);
    }
    if (value.length > MAX_PATH_LENGTH) {
        throw new ConfigurationError(`Input \`${name}\` holds a path of ${value.length} characters; at most ${MAX_PATH_LENGTH} are accepted.`);
    }
    const base = external_node_path_.resolve(options.base);
    const resolved = external_node_path_.resolve(base, value);
    const roots = [base, ...(options.alsoWithin ?? []).filter(Boolean).map((root) => external_node_path_.resolve(root))];
    const rootsLabel = roots.length > 1 ? `the workspace (${base}) and ${roots.slice(1).join(', ')}` : `the workspace (${base})`;
    const anywhere = external_node_path_.isAbsolute(value) && options.allowAbsolute === true;
    if (options.withinBase !== false && !anywhere) {
        if (!roots.some((root) => isWithin(root, resolved))) {
            const where = roots.length > 1 ? `outside ${rootsLabel}` : `outside the workspace (${base})`;
            throw new ConfigurationError(`Input \`${name}\` (${quote(value)}) resolves ${where}; use a path inside it.`);
        }
        assertConfined(resolved, { name, value, roots, rootsLabel });
    }
    if (options.mustExist) {
        let stat;
        try {
            stat = external_node_fs_.statSync(resolved);
        }
        catch {
            throw new ConfigurationError(`Input \`${name}\`: ${quote(value)} does not exist (resolved to ${resolved}).`);
        }
        if (options.mustExist === 'file' && !stat.isFile()) {
            throw new ConfigurationError(`Input \`${name}\`: ${quote(value)} is not a file.`);
        }
        if (options.mustExist === 'directory' && !stat.isDirectory()) {
            throw new ConfigurationError(`Input \`${name}\`: ${quote(value)} is not a directory.`);
        }
    }
    return resolved;
}
/**
 * Glob patterns relative to the scanned folder, as Trivy's --skip-dirs /
 * --skip-files and Syft's / Grype's --exclude take them: a bounded list of
 * plain pattern characters, never an option, an absolute path or a `..`.
 */
const SKIP_PATTERN = /^[A-Za-z0-9._@+*?{}[\]/-]+$/;
const MAX_SKIP_PATTERNS = 200;
function getSkipPatterns(name) {
    const items = getList(name);
    if (items.length > MAX_SKIP_PATTERNS) {
        throw new ConfigurationError(`Input \`${name}\` lists ${items.length} patterns; at most ${MAX_SKIP_PATTERNS} are accepted.`);
    }
    return items.map((item) => {
        if (item.length > 512 ||
            !SKIP_PATTERN.test(item) ||
            item.startsWith('-') ||
            item.startsWith('/') ||
            item.split('/').includes('..')) {
            throw new ConfigurationError(`Input \`${name}\` takes glob patterns relative to the scanned folder (letters, digits, . _ - / * ? [ ] { } @ +; not absolute, no '..', at most 512 characters); got '${item.slice(0, 80)}'.`);
        }
        return item;
    });
}
/** Strict version: 1.2.3 with an optional leading v and optional -prerelease; nothing that could escape a URL. */
const VERSION_PATTERN = /^v?(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})(-[0-9A-Za-z]+(\.[0-9A-Za-z]+)*)?$/;
function getVersion(name) {
    const value = getString(name, { maxLength: 64 });
    if (!value)
        return '';
    if (!VERSION_PATTERN.test(value)) {
        throw new ConfigurationError(`Input \`${name}\` must be a release version such as 0.75.0 or v0.75.0; got ${quote(value)}.`);
    }
    return value.replace(/^v/, '');
}
/** An http(s) URL without credentials, query or fragment. '' when unset. */
function getUrl(name) {
    const value = getString(name, { maxLength: 2048 });
    if (!value)
        return '';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new ConfigurationError(`Input \`${name}\` must be an http(s) URL; got ${quote(value)}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new ConfigurationError(`Input \`${name}\` must be an http(s) URL; got scheme ${quote(url.protocol)}.`);
    }
    if (url.username || url.password) {
        throw new ConfigurationError(`Input \`${name}\` must not embed credentials in the URL.`);
    }
    if (url.search || url.hash) {
        throw new ConfigurationError(`Input \`${name}\` must not have a query string or fragment.`);
    }
    return url.toString().replace(/\/+$/, '');
}
/** A secret: masked as soon as it is read. '' when unset. */
function getSecret(name) {
    const value = rawInput(name);
    if (value)
        core/* setSecret */.Pq(value);
    if (CONTROL.test(value)) {
        throw new ConfigurationError(`Input \`${name}\` contains a newline or control character.`);
    }
    return value;
}
/** Exactly one of several inputs may be set; returns which (or `fallback` when none is). */
function exactlyOne(values, fallback) {
    const set = Object.keys(values).filter((key) => values[key] !== '');
    if (set.length > 1) {
        throw new ConfigurationError(`Inputs ${set.map((s) => `\`${s}\``).join(' and ')} cannot be used together; set exactly one.`);
    }
    const chosen = set[0] ?? fallback;
    if (chosen === undefined) {
        throw new ConfigurationError(`Set one of ${Object.keys(values)
            .map((s) => `\`${s}\``)
            .join(', ')}.`);
    }
    return chosen;
}
/**
 * Reads `<tool>-version`, `<tool>-sha256` and `<tool>-path`, with the rules
 * every action shares: a strict version, a 64-hex digest that only makes sense
 * with a version, and an absolute path that excludes both.
 */
function getToolInputs(tool) {
    const version = getVersion(`${tool}-version`);
    const sha256 = getString(`${tool}-sha256`, {
        pattern: /^[a-fA-F0-9]{64}$/,
        patternDescription: '64 hexadecimal characters',
    }).toLowerCase();
    const binary = getString(`${tool}-path`, { maxLength: 1024 });
    if (binary && !external_node_path_.isAbsolute(binary)) {
        throw new ConfigurationError(`Input \`${tool}-path\` must be an absolute path to the ${tool} binary; got '${binary.slice(0, 200)}'.`);
    }
    if (binary && (version || sha256)) {
        throw new ConfigurationError(`Input \`${tool}-path\` cannot be combined with \`${tool}-version\` or \`${tool}-sha256\`: nothing is downloaded when a path is given.`);
    }
    if (sha256 && !version) {
        throw new ConfigurationError(`Input \`${tool}-sha256\` needs \`${tool}-version\`: it is the digest of that version's release asset.`);
    }
    return { version, sha256, path: binary };
}

;// CONCATENATED MODULE: ./packages/action-kit/src/tool-config.ts



/** Files each tool would pick up by itself from the directory it runs in (and so from a checkout). */
const REPOSITORY_CONFIG_FILES = {
    trivy: [
        'trivy.yaml',
        'trivy.yml',
        'trivy-secret.yaml',
        'trivy-secret.yml',
        '.trivyignore',
        '.trivyignore.yaml',
        '.trivyignore.yml',
    ],
    grype: ['.grype.yaml', '.grype.yml', '.grype.json', '.grype/config.yaml', '.grype/config.yml', 'grype.yaml'],
    syft: ['.syft.yaml', '.syft.yml', '.syft.json', '.syft/config.yaml', '.syft/config.yml', 'syft.yaml'],
};
/** Variables that would name a configuration file behind the inputs' back: removed from the tool's environment. */
const tool_config_CONFIG_FILE_VARIABLES = {
    trivy: ['TRIVY_CONFIG', 'TRIVY_SECRET_CONFIG', 'TRIVY_IGNOREFILE'],
    grype: ['GRYPE_CONFIG'],
    syft: ['SYFT_CONFIG'],
};
/** A private working directory for one tool run, with an empty configuration file in it. */
function prepareToolRunDirectory(runnerTemp, tool) {
    const cwd = makePrivateDirectory(runnerTemp, `scs-${tool}-run`);
    const emptyConfig = external_node_path_.join(cwd, `empty-${tool}-config.yaml`);
    external_node_fs_.writeFileSync(emptyConfig, '# No configuration: the workflow named no config file for this tool.\n{}\n', {
        flag: 'wx',
    });
    return { cwd, emptyConfig, absent: (name) => external_node_path_.join(cwd, `no-${name.replace(/[^A-Za-z0-9._-]/g, '-')}`) };
}
/**
 * Configuration files a tool would have read from these folders (the
 * workspace root, the scanned folder) had it run there: reported as "present,
 * not used" so a user moving from a setup that read them knows why.
 */
function unusedRepositoryConfigFiles(tool, folders, workspace, used = []) {
    const found = new Set();
    const usedSet = new Set(used.map((file) => external_node_path_.resolve(file)));
    for (const folder of new Set(folders.map((f) => external_node_path_.resolve(f)))) {
        for (const name of REPOSITORY_CONFIG_FILES[tool]) {
            const candidate = external_node_path_.join(folder, name);
            let exists = false;
            try {
                exists = external_node_fs_.lstatSync(candidate).isFile() || external_node_fs_.lstatSync(candidate).isSymbolicLink();
            }
            catch {
                exists = false;
            }
            if (exists && !usedSet.has(candidate))
                found.add(external_node_path_.relative(workspace, candidate).split(external_node_path_.sep).join('/') || name);
        }
    }
    return [...found].sort();
}

;// CONCATENATED MODULE: ./packages/action-kit/src/logger.ts


function stopCommandsWrap(text, token = (0,external_node_crypto_.randomUUID)()) {
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
/**
 * Whether the runner could read a command in `text` written as plain log
 * lines: a line that starts with `::` (after blanks), or `##[` anywhere in a
 * line (the runner's older form, which it finds mid-line too).
 */
function mayHoldWorkflowCommand(text) {
    return text.includes('##[') || /(^|[\r\n\u2028\u2029])[ \t]*::/.test(text);
}
const logger = {
    // A message that could be read as a command (it quotes a path, a tool's words) is written inert.
    info: (message) => (mayHoldWorkflowCommand(message) ? logger.untrusted(message) : core/* info */.pq(message)),
    debug: (message) => core/* debug */.Yz(message),
    warning: (message) => core/* warning */.$e(message),
    untrusted: (text) => {
        if (!text)
            return;
        process.stdout.write(`${stopCommandsWrap(text.replace(/\r\n?/g, '\n').trimEnd())}\n`);
    },
    group: (title, fn) => core/* group */.Os(title, fn),
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./packages/action-kit/src/process.ts


class TailBuffer {
    max;
    chunks = [];
    size = 0;
    truncated = false;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max && this.chunks.length > 1) {
            const dropped = this.chunks.shift();
            this.size -= dropped.length;
            this.truncated = true;
        }
    }
    toString() {
        let buffer = Buffer.concat(this.chunks);
        if (buffer.length > this.max) {
            buffer = buffer.subarray(buffer.length - this.max);
            this.truncated = true;
        }
        return buffer.toString('utf8');
    }
}
function runProcess(command, args, options = {}) {
    const started = Date.now();
    const max = options.maxCapture ?? 1024 * 1024;
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(command, [...args], {
                cwd: options.cwd,
                env: withoutRunnerSecrets(options.env ?? process_toolEnvironment(process.env, { allow: SUITE_TOOL_PREFIXES })),
                stdio: ['ignore', 'pipe', 'pipe'],
                shell: false,
                windowsHide: true,
            });
        }
        catch (error) {
            reject(new InfrastructureError(`Could not start ${command}`, { cause: error }));
            return;
        }
        const stdout = new TailBuffer(max);
        const stderr = new TailBuffer(max);
        let timedOut = false;
        let killTimer;
        const timer = options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
                killTimer = setTimeout(() => child.kill('SIGKILL'), 5000);
            }, options.timeoutMs)
            : undefined;
        child.stdout.on('data', (chunk) => {
            stdout.push(chunk);
            options.onStdout?.(chunk.toString('utf8'));
        });
        child.stderr.on('data', (chunk) => {
            stderr.push(chunk);
            options.onStderr?.(chunk.toString('utf8'));
        });
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            reject(new InfrastructureError(`Could not run ${command}: ${error.message}`, { cause: error }));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            resolve({
                exitCode: code ?? -1,
                signal,
                stdout: stdout.toString(),
                stderr: stderr.toString(),
                timedOut,
                durationMs: Date.now() - started,
            });
        });
    });
}
/**
 * What every child process may inherit from the runner: how to find programs,
 * where home and temporary files are, locale and time zone, proxies and CA
 * certificates, how to reach a container engine and its credentials (a docker
 * config, credential helpers), and the platform's own variables on Windows.
 * Nothing else: the action's inputs (INPUT_GITHUB-TOKEN), the runner's
 * tokens (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*), GITHUB_TOKEN
 * and every other variable of the job stay out unless a tool's own list
 * names them.
 */
const BASE_ENVIRONMENT = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'TMPDIR',
    'TMP',
    'TEMP',
    'LANG',
    'LANGUAGE',
    'LC_ALL',
    'TZ',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'all_proxy',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'DOCKER_CONFIG',
    'DOCKER_HOST',
    'DOCKER_CERT_PATH',
    'DOCKER_TLS_VERIFY',
    'DOCKER_CONTEXT',
    'CONTAINER_HOST',
    'CONTAINERD_ADDRESS',
    'XDG_RUNTIME_DIR',
    'REGISTRY_AUTH_FILE',
    // Windows
    'SystemRoot',
    'SYSTEMROOT',
    'windir',
    'ComSpec',
    'PATHEXT',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'ProgramData',
    'ProgramFiles',
    'ProgramFiles(x86)',
    'HOMEDRIVE',
    'HOMEPATH',
];
/**
 * The cloud SDK variables a registry login of ECR, GAR or ACR goes through
 * (the tools' own clients, and docker-credential-ecr-login / -gcloud /
 * -acr-env): credentials the workflow put in the environment for exactly that.
 */
const process_REGISTRY_CLOUD_ENVIRONMENT = [
    'AWS_',
    'AZURE_',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'CLOUDSDK_',
];
/** The own variables of the tools the suite runs (TRIVY_*, GRYPE_*, SYFT_*, COSIGN_*). */
const SUITE_TOOL_PREFIXES = ['TRIVY_', 'GRYPE_', 'SYFT_', 'COSIGN_'];
/** Inputs, the runner's tokens and GITHUB_TOKEN: never in a child's environment, whatever a list says. */
function isSecretVariable(name) {
    const upper = name.toUpperCase();
    return (upper.startsWith('INPUT_') ||
        upper.startsWith('ACTIONS_ID_TOKEN_REQUEST_') ||
        upper === 'ACTIONS_RUNTIME_TOKEN' ||
        upper === 'ACTIONS_RESULTS_URL' ||
        upper === 'ACTIONS_RUNTIME_URL' ||
        upper === 'ACTIONS_CACHE_URL' ||
        upper === 'GITHUB_TOKEN' ||
        upper === 'GH_TOKEN');
}
function withoutRunnerSecrets(env) {
    const out = {};
    for (const [key, value] of Object.entries(env)) {
        if (value !== undefined && !isSecretVariable(key))
            out[key] = value;
    }
    return out;
}
/**
 * A child's environment from an allow-list: `BASE_ENVIRONMENT`, plus what
 * `allow` names, plus `set`. LC_* locale variables are kept. Secrets per
 * `isSecretVariable` are never copied, even when a prefix would match them.
 */
function process_toolEnvironment(base, options = {}) {
    const exact = new Set(BASE_ENVIRONMENT);
    const prefixes = [];
    for (const entry of options.allow ?? []) {
        if (entry.endsWith('_'))
            prefixes.push(entry);
        else
            exact.add(entry);
    }
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value === undefined || isSecretVariable(key))
            continue;
        if (exact.has(key) || key.startsWith('LC_') || prefixes.some((prefix) => key.startsWith(prefix)))
            env[key] = value;
    }
    for (const [key, value] of Object.entries(options.set ?? {})) {
        if (value === undefined)
            delete env[key];
        else
            env[key] = value;
    }
    return env;
}
/** The last `lines` non-empty lines of a tool's stderr, for error messages. */
function tailLines(text, lines = 10) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trimEnd())
        .filter(Boolean)
        .slice(-lines)
        .join('\n');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/context.ts

function readPayload(file) {
    if (!file)
        return {};
    try {
        const parsed = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}
function get(obj, ...keys) {
    let current = obj;
    for (const key of keys) {
        if (!current || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
function str(value) {
    return typeof value === 'string' ? value : '';
}
function pullRequestFromPayload(payload) {
    const pr = get(payload, 'pull_request');
    if (!pr || typeof pr !== 'object')
        return undefined;
    const number = get(pr, 'number');
    const headRepository = str(get(pr, 'head', 'repo', 'full_name'));
    const baseRepository = str(get(pr, 'base', 'repo', 'full_name'));
    const headFork = get(pr, 'head', 'repo', 'fork');
    return {
        number: typeof number === 'number' ? number : 0,
        headSha: str(get(pr, 'head', 'sha')),
        headRepository,
        baseRepository,
        fromFork: headRepository === '' || // a deleted head repository is treated as foreign
            (baseRepository !== '' && headRepository.toLowerCase() !== baseRepository.toLowerCase()) ||
            (headFork === true && headRepository.toLowerCase() !== baseRepository.toLowerCase()),
    };
}
function isUntrustedTrigger(eventName, payload) {
    if (eventName === 'pull_request_target')
        return true;
    if (eventName === 'workflow_run') {
        const head = str(get(payload, 'workflow_run', 'head_repository', 'full_name'));
        const base = str(get(payload, 'repository', 'full_name'));
        return head === '' || head.toLowerCase() !== base.toLowerCase();
    }
    return false;
}
function readRunContext(env = process.env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const pullRequest = pullRequestFromPayload(payload);
    return {
        eventName,
        repository: env.GITHUB_REPOSITORY ?? '',
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        actor: env.GITHUB_ACTOR ?? '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runnerTemp: env.RUNNER_TEMP || (env.TMPDIR ?? '/tmp'),
        runnerOs: env.RUNNER_OS ?? '',
        payload,
        ...(pullRequest ? { pullRequest } : {}),
        untrustedTrigger: isUntrustedTrigger(eventName, payload),
    };
}

;// CONCATENATED MODULE: ./packages/action-kit/src/summary.ts



/**
 * Job-summary builder with a byte budget.
 *
 * GitHub rejects a step summary larger than 1 MiB (the whole file named by
 * GITHUB_STEP_SUMMARY, per step), and shows an error instead of it. Rather than
 * pushing into `core.summary`'s buffer and hoping, sections are appended here in
 * order and measured in UTF-8 bytes; a section that does not fit is cut at a
 * clean boundary (whole table rows, list items, details blocks), every later
 * section is counted but left out, and one closing note says how much is missing
 * and where to find it.
 *
 * Text is untrusted unless wrapped in `SafeMarkdown`: plain strings passed to the
 * builder are escaped (`escapeMarkdown` in Markdown, `escapeHtml` inside HTML
 * tags), truncated and folded to one line.
 */
/** GitHub's limit for one step's summary. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Default budget: the 1 MiB limit less a safety margin (48,576 bytes). */
const DEFAULT_SUMMARY_BUDGET_BYTES = 1_000_000;
/** Bytes kept free for the closing "not shown" note. */
const NOTE_RESERVE_BYTES = 2048;
/** Markdown that is placed as is: built by `md.*` helpers or by trusted code. */
class SafeMarkdown {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
/** UTF-8 length of a string. */
function utf8Bytes(value) {
    return Buffer.byteLength(value, 'utf8');
}
/**
 * Cuts a string to at most `maxBytes` UTF-8 bytes without splitting a
 * character (or a surrogate pair), marking the cut with `…` when it happens.
 */
function truncateUtf8(value, maxBytes) {
    if (utf8Bytes(value) <= maxBytes)
        return value;
    const ellipsis = '…';
    const room = Math.max(0, maxBytes - utf8Bytes(ellipsis));
    const buffer = Buffer.from(value, 'utf8');
    let end = Math.min(room, buffer.length);
    // Step back over UTF-8 continuation bytes so the cut lands on a character start.
    while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80)
        end -= 1;
    let cut = buffer.subarray(0, end).toString('utf8');
    // A lone high surrogate cannot come out of valid UTF-8, but guard anyway.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    return maxBytes >= utf8Bytes(ellipsis) ? `${cut}${ellipsis}` : cut;
}
function foldLines(value) {
    return value.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
}
/** Escapes a URL for use as a Markdown link destination (inside a table too). */
function linkDestination(url) {
    return url.replace(/[|()<> \\`[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** Default length cap for one piece of untrusted text (UTF-16 units). */
const DEFAULT_MAX_TEXT_CHARS = 1000;
/** Helpers that turn untrusted values into `SafeMarkdown`. */
const md = {
    /** Trusted Markdown written by this code base. */
    raw(trusted) {
        return new SafeMarkdown(trusted);
    },
    /** Untrusted text: invisible characters removed, escaped, one line, capped. */
    text(untrusted, maxChars = DEFAULT_MAX_TEXT_CHARS) {
        return new SafeMarkdown(escapeMarkdown(truncate(stripInvisible(untrusted), maxChars)));
    },
    /** Untrusted text as an inline code span (`|` as an entity, so it is safe in a table cell). */
    code(untrusted, maxChars = DEFAULT_MAX_TEXT_CHARS) {
        return new SafeMarkdown(markdownCode(truncate(untrusted, maxChars)).replace(/\|/g, '&#124;'));
    },
    bold(value) {
        return new SafeMarkdown(`**${render(value)}**`);
    },
    /**
     * A link when `url` is http(s), plain text otherwise (javascript:, data: and
     * garbage are dropped). The destination is percent-escaped so it cannot end
     * the link or a table cell early.
     */
    link(text, url) {
        const label = render(text);
        const safe = safeUrl(url);
        if (!safe)
            return new SafeMarkdown(label);
        return new SafeMarkdown(`[${label}](${linkDestination(safe)})`);
    },
    join(parts, separator = ' ') {
        return new SafeMarkdown(parts.map((part) => render(part)).join(separator));
    },
};
/** Untrusted text for HTML context (e.g. `<summary>`): escaped, one line, capped. */
function htmlText(untrusted, maxChars = DEFAULT_MAX_TEXT_CHARS) {
    return foldLines(escapeHtmlAndMarkdown(truncate(stripInvisible(untrusted), maxChars)));
}
function render(value, maxChars = DEFAULT_MAX_TEXT_CHARS) {
    return value instanceof SafeMarkdown ? value.text : md.text(value, maxChars).text;
}
function renderCell(value, maxChars) {
    // Cells must stay on one line; trusted Markdown is folded too.
    const text = foldLines(render(value, maxChars)).trim();
    return text === '' ? ' ' : text;
}
class SummaryBuilder {
    options;
    parts = [];
    used = 0;
    truncated = false;
    omittedItems = 0;
    omittedSections = 0;
    budget;
    noteReserve;
    noun;
    maxText;
    constructor(options = {}) {
        this.options = options;
        this.budget = options.budgetBytes ?? DEFAULT_SUMMARY_BUDGET_BYTES;
        if (!Number.isFinite(this.budget) || this.budget < 0) {
            throw new RangeError(`summary budget must be a number of bytes >= 0, got ${this.budget}`);
        }
        // A tiny budget (a summary file already nearly full) leaves everything out;
        // the note is kept only when it can say something useful.
        this.noteReserve = Math.min(NOTE_RESERVE_BYTES, this.budget);
        this.noun = options.itemNoun ?? ['finding', 'findings'];
        this.maxText = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
    }
    /** Bytes available for content (the closing note has its own reserve). */
    get remainingBytes() {
        return Math.max(0, this.contentBudget() - this.used);
    }
    get isTruncated() {
        return this.truncated;
    }
    heading(text, level = 2) {
        return this.atomic(`${'#'.repeat(level)} ${foldLines(render(text, this.maxText))}\n\n`);
    }
    paragraph(text) {
        return this.atomic(`${render(text, this.maxText)}\n\n`);
    }
    /** Trusted Markdown block, placed whole or not at all. */
    markdown(block, items = 0) {
        return this.atomic(`${block.text.trimEnd()}\n\n`, items);
    }
    table(table) {
        return this.add({ open: this.tableHead(table), units: this.tableRows(table), close: '\n' });
    }
    list(items, itemsPerEntry = 1) {
        return this.add({
            open: '',
            units: items.map((item) => ({ text: `- ${renderCell(item, this.maxText)}\n`, items: itemsPerEntry })),
            close: '\n',
        });
    }
    /** A `<details>` block; with a table or list it may be cut at a row/item boundary and is always closed. */
    details(details) {
        const summary = details.summary instanceof SafeMarkdown
            ? foldLines(details.summary.text)
            : htmlText(details.summary, this.maxText);
        let open = `<details${details.open ? ' open' : ''}><summary>${summary}</summary>\n\n`;
        let units = [];
        if (details.table) {
            open += this.tableHead(details.table);
            units = this.tableRows(details.table);
        }
        else if (details.list) {
            units = details.list.map((item) => ({ text: `- ${renderCell(item, this.maxText)}\n`, items: 1 }));
        }
        const footer = details.footer ? `\n${details.footer.text}\n` : '';
        return this.add({ open, units, close: `${footer}\n</details>\n\n` });
    }
    /** The summary, with a closing note when anything was left out. */
    build() {
        let markdown = this.parts.join('');
        const omitted = { items: this.omittedItems, sections: this.omittedSections };
        if (this.truncated && this.noteReserve >= 64) {
            const note = truncateUtf8(this.omissionNote(omitted), this.noteReserve - 1);
            markdown += `${note}\n`;
        }
        return { markdown, bytes: utf8Bytes(markdown), truncated: this.truncated, omitted };
    }
    omissionNote(omitted) {
        if (this.options.omissionNote)
            return foldNote(this.options.omissionNote(omitted));
        const [one, many] = this.noun;
        const what = omitted.items > 0
            ? `${omitted.items.toLocaleString('en-US')} ${omitted.items === 1 ? one : many} not shown`
            : 'some sections not shown';
        const where = this.options.seeAlso ? `; see ${this.options.seeAlso}` : '';
        return `> [!NOTE]\n> This summary was cut to stay within GitHub's 1 MiB step-summary limit: ${what}${where}.`;
    }
    contentBudget() {
        return this.budget - this.noteReserve;
    }
    tableHead(table) {
        const headers = table.headers.map((h) => renderCell(h, this.maxText));
        const align = headers.map((_, i) => {
            const a = table.align?.[i];
            return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
        });
        return `| ${headers.join(' | ')} |\n| ${align.join(' | ')} |\n`;
    }
    tableRows(table) {
        const width = table.headers.length;
        const items = table.itemsPerRow ?? 1;
        return table.rows.map((row) => {
            const cells = [];
            for (let i = 0; i < width; i += 1)
                cells.push(renderCell(row[i] ?? '', this.maxText));
            return { text: `| ${cells.join(' | ')} |\n`, items };
        });
    }
    atomic(text, items = 0) {
        return this.add({ open: '', units: [{ text, items }], close: '' });
    }
    add(section) {
        const total = section.units.reduce((sum, unit) => sum + unit.items, 0);
        if (this.truncated) {
            this.skip(total);
            return this;
        }
        const remaining = this.contentBudget() - this.used;
        const fixed = utf8Bytes(section.open) + utf8Bytes(section.close);
        const first = section.units[0];
        const minimum = fixed + (first ? utf8Bytes(first.text) : 0);
        if (minimum > remaining) {
            this.truncated = true;
            this.skip(total);
            return this;
        }
        let used = fixed;
        const kept = [section.open];
        let keptItems = 0;
        for (const unit of section.units) {
            const size = utf8Bytes(unit.text);
            if (used + size > remaining) {
                this.truncated = true;
                break;
            }
            kept.push(unit.text);
            used += size;
            keptItems += unit.items;
        }
        kept.push(section.close);
        this.parts.push(kept.join(''));
        this.used += used;
        this.omittedItems += total - keptItems;
        return this;
    }
    skip(items) {
        this.omittedItems += items;
        this.omittedSections += 1;
    }
}
function foldNote(note) {
    return note.endsWith('\n') ? note.slice(0, -1) : note;
}
function describePath(value) {
    return foldLines(stripInvisible(value));
}
/**
 * Bytes a summary may still use in this step: the budget less what is already
 * in the GITHUB_STEP_SUMMARY file (other steps' tools may have written there).
 */
async function availableSummaryBytes(budgetBytes = DEFAULT_SUMMARY_BUDGET_BYTES, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return budgetBytes;
    try {
        const stat = await external_node_fs_.promises.stat(file);
        return Math.max(0, budgetBytes - stat.size);
    }
    catch {
        return budgetBytes;
    }
}
/**
 * Appends `markdown` to the file named by GITHUB_STEP_SUMMARY. Returns false
 * (after an info message) when the variable is unset, the file cannot be
 * written, or the result would exceed GitHub's 1 MiB limit; never throws for
 * those, as a missing summary must not fail a scan.
 */
async function writeJobSummary(markdown, options = {}) {
    const env = options.env ?? process.env;
    const log = options.log ?? ((message) => core/* info */.pq(message));
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file) {
        log('GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner?); the job summary was not written.');
        return false;
    }
    try {
        let existing = 0;
        try {
            existing = (await external_node_fs_.promises.stat(file)).size;
        }
        catch {
            existing = 0;
        }
        const size = utf8Bytes(markdown);
        if (existing + size > STEP_SUMMARY_LIMIT_BYTES) {
            log(`The job summary (${size} bytes) would take the step summary file past GitHub's 1 MiB limit ` +
                `(${existing} bytes already there); it was not written.`);
            return false;
        }
        await external_node_fs_.promises.appendFile(file, markdown, { encoding: 'utf8' });
        return true;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log(`Could not write the job summary to ${describePath(file)}: ${describePath(reason)}`);
        return false;
    }
}
/**
 * The job summary of a step that could not finish (a tool that crashed, a
 * report that could not be read, a download that failed): what did not
 * happen and why, so that a missing verdict is never read as a pass.
 */
function failureSummaryMarkdown(title, message, budgetBytes = 16_384) {
    const builder = new SummaryBuilder({ budgetBytes });
    builder.heading(md.text(title, 200), 2);
    builder.paragraph(md.raw(':x: **Not completed:** no result was produced.'));
    builder.paragraph(md.text(message, 4000));
    return builder.build().markdown;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/runtime.ts
/**
 * The action runtime: what every action's main.ts takes from the runner (the
 * environment, the run context, the log, step outputs, masks, notices, the
 * job summary and the clock), built once per step by runAction and handed to
 * each action's defaultDeps. Below it nothing reads the runner's environment
 * for itself: the environment is the one captured here, the context is read
 * from it once (on first use, so an action that needs none never reads the
 * event file), and the summary writer and its budget use it too.
 */




/** A runtime over `env` (the process environment by default). */
function createRuntime(env = process.env) {
    let context;
    return {
        env,
        get context() {
            return (context ??= readRunContext(env));
        },
        logger: logger,
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        mask: (secret) => core/* setSecret */.Pq(secret),
        notice: (message) => core/* notice */.lm(message),
        now: () => new Date(),
        summaryBudget: () => availableSummaryBytes(undefined, env),
        writeSummary: async (markdown) => {
            await writeJobSummary(markdown, { env });
        },
    };
}
let current;
/** The runtime runAction built for this step (one is created on first use outside runAction, e.g. in a script). */
function actionRuntime() {
    return (current ??= createRuntime());
}
/** Starts a step: a fresh runtime, which actionRuntime() returns from now on. */
function startRuntime(env = process.env) {
    current = createRuntime(env);
    return current;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run-action.ts



/**
 * The single place that starts and fails a step. Every action's index.ts is
 * `runAction(() => run(getInputs()))`. It builds the step's runtime once
 * (runtime.ts: environment, context, log, outputs, summary, clock), which each
 * action's defaultDeps takes through actionRuntime().
 *
 * - ConfigurationError: "what to fix", no stack.
 * - PolicyFailure: the verdict message as is.
 * - InfrastructureError: prefixed so nobody reads it as a finding or a pass.
 * - anything else is a bug: message plus stack in the debug log.
 * Causes are appended ("caused by: ...") for every kind.
 */
async function runAction(fn) {
    try {
        await fn(startRuntime());
    }
    catch (error) {
        core/* setFailed */.C1(describeFailure(error));
        const stack = error instanceof Error ? error.stack : undefined;
        if (stack && !(error instanceof ConfigurationError) && !(error instanceof PolicyFailure)) {
            core/* debug */.Yz(stack);
        }
    }
}
function describeFailure(error) {
    const [head, ...causes] = causeChain(error);
    let message;
    if (head instanceof ConfigurationError || head instanceof PolicyFailure) {
        message = head.message;
    }
    else if (head instanceof InfrastructureError) {
        message = `Infrastructure failure (not a finding): ${head.message}`;
    }
    else {
        message = `Unexpected error (a bug in this action; please report it): ${errorMessage(head)}`;
    }
    for (const cause of causes) {
        message += `\n  caused by: ${errorMessage(cause)}`;
    }
    return message;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/annotations.ts


const ANNOTATION_LEVELS = ['error', 'warning', 'notice'];
/** Annotations GitHub displays per step and level. */
const ANNOTATIONS_PER_LEVEL = 10;
/** Longest message emitted, in UTF-8 bytes (longer ones are cut with `…`). */
const MAX_ANNOTATION_MESSAGE_BYTES = 4096;
/** Longest title, in characters. */
const MAX_ANNOTATION_TITLE_CHARS = 255;
function positiveLine(value) {
    return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}
/** `value` has had its invisible characters removed by the caller (a title also had its mentions neutralised). */
function cleanProperty(value) {
    // Properties are single values: fold line breaks before escaping so titles stay on one line.
    return escapeCommandProperty(value.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' '));
}
/** One workflow command line for an annotation (no trailing newline). */
function formatAnnotation(annotation) {
    const properties = [];
    const file = annotation.file ? stripInvisible(annotation.file).trim() : '';
    if (file) {
        properties.push(`file=${cleanProperty(file)}`);
        const line = positiveLine(annotation.startLine);
        if (line !== undefined) {
            properties.push(`line=${line}`);
            const endLine = positiveLine(annotation.endLine);
            if (endLine !== undefined && endLine >= line)
                properties.push(`endLine=${endLine}`);
        }
    }
    if (annotation.title) {
        const title = truncate(plainText(annotation.title).trim(), MAX_ANNOTATION_TITLE_CHARS);
        if (title)
            properties.push(`title=${cleanProperty(title)}`);
    }
    const message = escapeCommandData(truncateUtf8(plainText(annotation.message), MAX_ANNOTATION_MESSAGE_BYTES));
    const level = ANNOTATION_LEVELS.includes(annotation.level) ? annotation.level : 'notice';
    return `::${level}${properties.length > 0 ? ` ${properties.join(',')}` : ''}::${message}`;
}
/** Which annotations fit the budget: most severe level first, caller order within a level. */
function selectAnnotations(annotations, perLevel = ANNOTATIONS_PER_LEVEL, reserve = {}) {
    const byLevel = new Map(ANNOTATION_LEVELS.map((level) => [level, []]));
    for (const annotation of annotations) {
        const level = ANNOTATION_LEVELS.includes(annotation.level) ? annotation.level : 'notice';
        byLevel.get(level)?.push(annotation);
    }
    const errors = byLevel.get('error') ?? [];
    const warnings = byLevel.get('warning') ?? [];
    const notices = byLevel.get('notice') ?? [];
    const slots = (level) => Math.max(0, perLevel - Math.max(0, reserve[level] ?? 0));
    const overflow = errors.length > slots('error') || warnings.length > slots('warning') || notices.length > slots('notice');
    // When anything is left out, one notice slot goes to the overflow notice.
    const noticeSlots = overflow ? Math.max(0, slots('notice') - 1) : slots('notice');
    const selected = [
        ...errors.slice(0, slots('error')),
        ...warnings.slice(0, slots('warning')),
        ...notices.slice(0, noticeSlots),
    ];
    return { selected, omitted: annotations.length - selected.length };
}
function emitAnnotations(annotations, options) {
    const write = options.write ?? ((line) => void process.stdout.write(`${line}\n`));
    const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
    const { selected, omitted } = selectAnnotations(annotations, perLevel, options.reserve ?? {});
    for (const annotation of selected)
        write(formatAnnotation(annotation));
    if (omitted > 0) {
        write(formatAnnotation({
            level: 'notice',
            title: options.overflowTitle ?? `${omitted} more not shown as annotations`,
            message: options.overflowMessage(omitted),
        }));
    }
    return { emitted: selected.length, omitted };
}

;// CONCATENATED MODULE: ./packages/action-kit/src/image-reference.ts

/**
 * Container image references as inputs: registry/repository[:tag][@sha256:64hex].
 * Lower-case repository (as the distribution spec requires), no whitespace, no
 * scheme. Shared by every action that takes an image.
 */
const IMAGE_PATTERN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?(?::[0-9]{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
/** Returns `value` when it is a valid image reference; otherwise throws a ConfigurationError naming `input`. */
function validateImageReference(input, value) {
    if (value.includes('://')) {
        throw new ConfigurationError(`Input \`${input}\` must be an image reference such as ghcr.io/org/app:1.0 or ghcr.io/org/app@sha256:…, not a URL.`);
    }
    const digest = /@([^@]*)$/.exec(value)?.[1];
    if (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw new ConfigurationError(`Input \`${input}\` has an invalid digest '${digest.slice(0, 80)}': expected sha256: followed by 64 lower-case hex characters.`);
    }
    if (!IMAGE_PATTERN.test(value)) {
        const repo = value.replace(/@.*$/, '').replace(/:[\w][\w.-]*$/, '');
        const hint = /[A-Z]/.test(repo.split('/').slice(1).join('/') || repo)
            ? ' Repository names must be lower-case.'
            : '';
        throw new ConfigurationError(`Input \`${input}\` is not a valid image reference: '${value.slice(0, 200)}'.${hint}`);
    }
    return value;
}
/** The registry host of a reference ('docker.io' when it names none). */
function image_reference_imageRegistry(reference) {
    const first = reference.split('/')[0] ?? '';
    return reference.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
        ? first.toLowerCase()
        : 'docker.io';
}

;// CONCATENATED MODULE: ./packages/action-kit/src/image-archive.ts




const BLOCK = 512;
const MAX_ENTRIES = 4096;
/** An index.json is a few hundred bytes; anything this large is not one. */
const MAX_INDEX_BYTES = 1024 * 1024;
function field(header, start, length) {
    const raw = header.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}
/** The first entries' headers (bounded in count; data is jumped over), stopping when `stop` says so. */
function walkTar(readAt, stop) {
    const magic = readAt(0, 2);
    if (magic.length === 2 && magic[0] === 0x1f && magic[1] === 0x8b)
        return; // gzip: not walked
    let offset = 0;
    for (let entries = 0; entries < MAX_ENTRIES; entries += 1) {
        const header = readAt(offset, BLOCK);
        if (header.length < BLOCK || header.every((byte) => byte === 0))
            return;
        const isUstar = field(header, 257, 6).startsWith('ustar');
        const prefix = isUstar ? field(header, 345, 155) : '';
        const name = ((prefix ? `${prefix}/` : '') + field(header, 0, 100)).replace(/^(\.\/)+/, '');
        const size = parseInt(field(header, 124, 12).trim() || '0', 8);
        if (!Number.isFinite(size) || size < 0)
            return;
        if (stop({ name, size, data: offset + BLOCK }))
            return;
        offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    }
}
/**
 * An OCI archive has an `oci-layout` entry, a docker-archive (`docker save`)
 * a `manifest.json` (Docker 25 and later write both: it is read as the OCI
 * archive it also is). Only headers are read, and only the first entries, so
 * a multi-GB archive costs a few reads.
 */
function sniffArchive(readAt) {
    let kind = 'unknown';
    walkTar(readAt, (entry) => {
        if (entry.name === 'oci-layout') {
            kind = 'oci-archive';
            return true;
        }
        if (entry.name === 'manifest.json')
            kind = 'docker-archive';
        return false;
    });
    return kind;
}
function fileReader(file) {
    const fd = external_node_fs_.openSync(file, 'r');
    return {
        readAt: (offset, length) => {
            const buffer = Buffer.alloc(length);
            const read = external_node_fs_.readSync(fd, buffer, 0, length, offset);
            return buffer.subarray(0, read);
        },
        close: () => external_node_fs_.closeSync(fd),
    };
}
function readArchiveKind(file) {
    const reader = fileReader(file);
    try {
        return sniffArchive(reader.readAt);
    }
    finally {
        reader.close();
    }
}
/**
 * Validates an image archive input: resolved against the workspace; a
 * relative path is confined to it by real path (a link in the checkout does
 * not lead elsewhere), an absolute one may name any file on the runner (a
 * `docker save` in RUNNER_TEMP); a directory must be an OCI image layout.
 * `otherwise` completes the error for a plain directory ("use `path` ...").
 */
function validateImageArchive(name, value, workspace, otherwise) {
    const resolved = validatePath(name, value, { base: workspace, mustExist: 'any', allowAbsolute: true });
    const stat = external_node_fs_.statSync(resolved);
    if (stat.isDirectory()) {
        if (!external_node_fs_.existsSync(external_node_path_.join(resolved, 'oci-layout'))) {
            throw new ConfigurationError(`Input \`${name}\`: '${value.slice(0, 200)}' is a directory but not an OCI image layout (it has no oci-layout file). ${otherwise}`);
        }
        return { path: resolved, layout: 'oci-dir' };
    }
    if (!stat.isFile())
        throw new ConfigurationError(`Input \`${name}\`: '${value.slice(0, 200)}' is neither a file nor a directory.`);
    return { path: resolved, layout: readArchiveKind(resolved) };
}
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The single manifest digest an OCI index.json names; undefined for none, several, or anything malformed. */
function digestFromIndex(text) {
    let index;
    try {
        index = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const manifests = index?.manifests;
    if (!Array.isArray(manifests) || manifests.length !== 1)
        return undefined;
    const digest = manifests[0]?.digest;
    return typeof digest === 'string' && DIGEST.test(digest) ? digest : undefined;
}
/**
 * The image's manifest digest (sha256:…), read from the archive's OCI
 * `index.json` when it names exactly one manifest: the digest the image keeps
 * when pushed as is. A docker-archive without an index (Docker before 25)
 * carries no manifest, so there is none to report: undefined, never a guess.
 */
function imageArchiveDigest(archive) {
    if (archive.layout === 'oci-dir') {
        const file = external_node_path_.join(archive.path, 'index.json');
        let stat;
        try {
            stat = external_node_fs_.lstatSync(file);
        }
        catch {
            return undefined;
        }
        if (!stat.isFile() || stat.size > MAX_INDEX_BYTES)
            return undefined;
        return digestFromIndex(external_node_fs_.readFileSync(file, 'utf8'));
    }
    if (archive.layout === 'unknown')
        return undefined;
    const reader = fileReader(archive.path);
    try {
        let digest;
        walkTar(reader.readAt, (entry) => {
            if (entry.name !== 'index.json')
                return false;
            if (entry.size <= MAX_INDEX_BYTES)
                digest = digestFromIndex(reader.readAt(entry.data, entry.size).toString('utf8'));
            return true;
        });
        return digest;
    }
    finally {
        reader.close();
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/registry-auth.ts





/**
 * Reads `registry-username` and `registry-password` (the password masked
 * with core.setSecret as it is read, before any use). Both or neither;
 * undefined when neither is set.
 */
function getRegistryLogin() {
    const username = getString('registry-username', {
        maxLength: 256,
        pattern: /^[^\s]+$/,
        patternDescription: 'a user name without spaces',
    });
    const password = getSecret('registry-password');
    if (Boolean(username) !== Boolean(password)) {
        throw new ConfigurationError('Inputs `registry-username` and `registry-password` go together: set both or neither.');
    }
    return username ? { username, password } : undefined;
}
/**
 * The variables through which each tool documents registry credentials:
 * Trivy's TRIVY_USERNAME / TRIVY_PASSWORD (used for the image's registry),
 * Grype's and Syft's <TOOL>_REGISTRY_AUTH_AUTHORITY / _USERNAME / _PASSWORD
 * (one credential scoped to the image's registry). Variables that would
 * compete with the login (a token set in the job's environment) are removed
 * (value undefined), so the credentials the step names are the ones used.
 * Meant for `toolEnvironment`'s `set`: never argv.
 */
function registryLoginVariables(tool, image, login) {
    if (tool === 'trivy') {
        return { TRIVY_USERNAME: login.username, TRIVY_PASSWORD: login.password, TRIVY_REGISTRY_TOKEN: undefined };
    }
    const prefix = tool === 'grype' ? 'GRYPE' : 'SYFT';
    const registry = image_reference_imageRegistry(image);
    return {
        // go-containerregistry (under Grype's and Syft's stereoscope) names Docker Hub index.docker.io.
        [`${prefix}_REGISTRY_AUTH_AUTHORITY`]: registry === 'docker.io' ? 'index.docker.io' : registry,
        [`${prefix}_REGISTRY_AUTH_USERNAME`]: login.username,
        [`${prefix}_REGISTRY_AUTH_PASSWORD`]: login.password,
        [`${prefix}_REGISTRY_AUTH_TOKEN`]: undefined,
    };
}
/** The variables through which a user configures the tool's registry credentials in the job. */
function configuredCredentials(tool, env) {
    if (tool === 'trivy')
        return Boolean(env.TRIVY_USERNAME || env.TRIVY_PASSWORD);
    const prefix = `${tool.toUpperCase()}_REGISTRY_AUTH_`;
    return Object.keys(env).some((key) => key.startsWith(prefix));
}
/**
 * The environment of a tool that pulls images itself (Syft, Trivy): an
 * allow-list of the runner's (action-kit's base list, the tool's own
 * variables and the cloud SDK variables registry logins use; never the
 * action's inputs or the runner's tokens), without the variables that would
 * name a config file, plus `set`, plus registry credentials: the step's
 * login scoped to the image's registry when given, else for ghcr.io images
 * the workflow token (as the actor) unless the job configured credentials
 * through the tool's variables. Environment only, never argv.
 */
function toolRegistryEnvironment(tool, base, options) {
    const login = options.image && options.registryLogin
        ? registryLoginVariables(tool, options.image, options.registryLogin)
        : undefined;
    const env = toolEnvironment(base, {
        allow: [`${tool.toUpperCase()}_`, ...REGISTRY_CLOUD_ENVIRONMENT],
        set: {
            ...Object.fromEntries(CONFIG_FILE_VARIABLES[tool].map((name) => [name, undefined])),
            ...options.set,
            ...login,
        },
    });
    if (login || configuredCredentials(tool, env))
        return env;
    if (options.image && imageRegistry(options.image) === 'ghcr.io' && options.githubToken && options.actor) {
        if (tool === 'trivy') {
            env.TRIVY_USERNAME = options.actor;
            env.TRIVY_PASSWORD = options.githubToken;
        }
        else {
            const prefix = tool.toUpperCase();
            env[`${prefix}_REGISTRY_AUTH_AUTHORITY`] = 'ghcr.io';
            env[`${prefix}_REGISTRY_AUTH_USERNAME`] = options.actor;
            env[`${prefix}_REGISTRY_AUTH_PASSWORD`] = options.githubToken;
        }
    }
    return env;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts



















/***/ }),

/***/ 5456:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WA: () => (/* reexport */ MAX_REPORT_BYTES),
  Qi: () => (/* reexport */ SARIF_DEFAULT_MAX_GZIP_BYTES),
  oC: () => (/* reexport */ model_SEVERITIES),
  yo: () => (/* reexport */ appendScanSummary),
  kg: () => (/* reexport */ applyVex),
  bK: () => (/* reexport */ combineSarif),
  Ot: () => (/* reexport */ countBySeverity),
  AU: () => (/* reexport */ diffAgainstBaseline),
  DR: () => (/* reexport */ evaluateGate),
  Ni: () => (/* reexport */ filterFindings),
  UZ: () => (/* reexport */ findingsToAnnotations),
  C_: () => (/* reexport */ gateLine),
  V6: () => (/* reexport */ gateMessage),
  Xz: () => (/* reexport */ parseBaselineReport),
  z3: () => (/* reexport */ parseGrypeReport),
  Qg: () => (/* reexport */ parseTrivyReport),
  os: () => (/* reexport */ parseVexDocument),
  $h: () => (/* reexport */ readReportFile),
  Oj: () => (/* reexport */ renderCosignVulnPredicate),
  UT: () => (/* reexport */ renderCycloneDxVulnerabilities),
  r0: () => (/* reexport */ renderLogTable),
  WH: () => (/* reexport */ renderSarif),
  tF: () => (/* reexport */ vexArtifactOf),
  Vx: () => (/* reexport */ writeSarifFile)
});

// UNUSED EXPORTS: COSIGN_VULN_PREDICATE_TYPE, CYCLONEDX_SPEC_VERSION, DEFAULT_SPLIT_ABOVE_BYTES, GRYPE_INFORMATION_URI, IN_TOTO_STATEMENT_TYPE, LOG_TABLE_BUDGET_BYTES, OPENVEX_CONTEXT, SARIF_FINGERPRINT_KEY, SARIF_LEVEL, SARIF_MAX_RESULTS_PER_RUN, SARIF_SCHEMA_URI, SECURITY_SEVERITY, SEVERITY_RANK, SUPPORTED_TRIVY_SCHEMA_VERSION, TRIVY_INFORMATION_URI, VEX_JUSTIFICATIONS, VEX_STATUSES, annotationLevel, annotationTitle, atOrAbove, canonicalId, canonicalTarget, compareFindings, cosignVulnStatement, cvssV3Severity, describeOffender, detectReportFormat, emptyCounts, filterBySeverity, findingKey, findingToAnnotation, groupByTarget, groupThousands, grypeReportFromJson, hasFix, highestCvssV3, highestGrypeCvssV3, logCell, matchesFilter, normalizeFixState, normalizeGrypeFixState, normalizeGrypeSeverity, normalizeSeverity, packageUrlMatches, parsePackageUrl, parseSeverity, renderMarkdownSummary, repoRelativePath, scannerPurl, securitySeverity, severitiesAtOrAbove, tripsGate, trivyReportFromJson, vexDocumentFromJson, vulnerabilitySource

;// CONCATENATED MODULE: ./packages/findings/src/model.ts
/**
 * One normalized model for what any scanner reports. Parsers (Trivy, later
 * Grype) fill it; SARIF, the job summary, annotations and the gate read it.
 */
const model_SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];
/** Higher is more severe; `unknown` ranks lowest. */
const SEVERITY_RANK = {
    critical: 4,
    high: 3,
    medium: 2,
    low: 1,
    unknown: 0,
};
/** CVSS v3 qualitative rating of a base score: 9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low, else unknown. */
function cvssV3Severity(score) {
    if (score >= 9.0)
        return 'critical';
    if (score >= 7.0)
        return 'high';
    if (score >= 4.0)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'unknown';
}
function emptyCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}
function countBySeverity(findings) {
    const counts = emptyCounts();
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
/** Most severe first, then kind, id, target, package: a stable order for every renderer. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        (b.cvssScore ?? -1) - (a.cvssScore ?? -1) ||
        a.kind.localeCompare(b.kind) ||
        a.id.localeCompare(b.id) ||
        a.target.localeCompare(b.target) ||
        (a.packageName ?? '').localeCompare(b.packageName ?? ''));
}

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 17 modules
var src = __nccwpck_require__(4644);
;// CONCATENATED MODULE: ./packages/findings/src/json-split.ts
/**
 * Reading a big JSON report without building its whole object tree.
 *
 * Scanner reports are one object whose bulk is a single array (Trivy's
 * `Results`). `JSON.parse` of a 300 MB report holds the decoded text, the
 * complete tree and then the model at once (≈ 5× the file in RSS);
 * {@link splitTopLevelObject} instead finds the byte ranges of that array's
 * elements with a small structural scan (strings, escapes and nesting only),
 * so that each element can be decoded and parsed on its own, turned into
 * findings and dropped.
 *
 * It never decides what valid JSON is: every piece it hands out is parsed by
 * `JSON.parse`, and the punctuation between the pieces is checked strictly.
 * Whatever it cannot split (not an object, a syntax error, a truncated file)
 * it returns as undefined; the caller then parses the whole document as
 * before, which yields `JSON.parse`'s own error message.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
class NotSplittable extends Error {
}
function isSpace(b) {
    return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
/** Byte-level cursor over one document. */
class Scanner {
    text;
    constructor(bytes) {
        this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    skipSpace(i) {
        const t = this.text;
        while (isSpace(t[i]))
            i++;
        return i;
    }
    expect(i, byte) {
        if (this.text[i] !== byte)
            throw new NotSplittable();
        return i + 1;
    }
    /** `i` at an opening quote → just past the closing quote. */
    endOfString(i) {
        const t = this.text;
        let j = i;
        for (;;) {
            j = t.indexOf(QUOTE, j + 1);
            if (j < 0)
                throw new NotSplittable();
            let backslashes = 0;
            for (let k = j - 1; t[k] === BACKSLASH; k--)
                backslashes++;
            if (backslashes % 2 === 0)
                return j + 1;
        }
    }
    /** `i` at the first byte of a value → just past it. Brackets are only counted; JSON.parse checks the piece. */
    endOfValue(i) {
        const t = this.text;
        const first = t[i];
        if (first === QUOTE)
            return this.endOfString(i);
        if (first === OPEN_BRACE || first === OPEN_BRACKET) {
            let depth = 0;
            const n = t.length;
            for (let j = i; j < n; j++) {
                const b = t[j];
                if (b === QUOTE) {
                    j = this.endOfString(j) - 1;
                }
                else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
                    depth++;
                }
                else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
                    depth--;
                    if (depth === 0)
                        return j + 1;
                }
            }
            throw new NotSplittable();
        }
        // number, true, false, null
        let j = i;
        while (j < t.length) {
            const b = t[j];
            if (isSpace(b) || b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET)
                break;
            j++;
        }
        if (j === i)
            throw new NotSplittable();
        return j;
    }
    /**
     * `i` at `open` → just past its `close`: the comma-separated members
     * between them, each read by `member` (called at its first byte, returning
     * just past it).
     */
    sequence(i, open, close, member) {
        i = this.skipSpace(this.expect(i, open));
        if (this.text[i] === close)
            return i + 1;
        for (;;) {
            i = this.skipSpace(member(i));
            if (this.text[i] !== COMMA)
                return this.expect(i, close);
            i = this.skipSpace(i + 1);
        }
    }
    parse(start, end) {
        return JSON.parse(this.text.toString('utf8', start, end));
    }
}
/**
 * Splits a JSON document whose top level is an object, parsing every member
 * but `arrayKey`, and locating the elements of `arrayKey` when it is an
 * array. Undefined when the document is anything else or not well-formed
 * around the pieces (elements are checked when the caller parses them with
 * {@link parseRange}).
 */
function splitTopLevelObject(bytes, arrayKey) {
    const s = new Scanner(bytes);
    try {
        const fields = {};
        let items;
        const end = s.sequence(s.skipSpace(0), OPEN_BRACE, CLOSE_BRACE, (start) => {
            if (s.text[start] !== QUOTE)
                throw new NotSplittable();
            const keyEnd = s.endOfString(start);
            const key = s.parse(start, keyEnd);
            const valueStart = s.skipSpace(s.expect(s.skipSpace(keyEnd), COLON));
            if (key === arrayKey && s.text[valueStart] === OPEN_BRACKET) {
                const found = [];
                const arrayEnd = s.sequence(valueStart, OPEN_BRACKET, CLOSE_BRACKET, (element) => {
                    const elementEnd = s.endOfValue(element);
                    found.push([element, elementEnd]);
                    return elementEnd;
                });
                items = found;
                delete fields[key];
                return arrayEnd;
            }
            const valueEnd = s.endOfValue(valueStart);
            // defineProperty: a "__proto__" member is an own property, as JSON.parse makes it.
            Object.defineProperty(fields, key, {
                value: s.parse(valueStart, valueEnd),
                enumerable: true,
                writable: true,
                configurable: true,
            });
            if (key === arrayKey)
                items = undefined;
            return valueEnd;
        });
        if (s.skipSpace(end) !== s.text.length)
            return undefined;
        return items === undefined ? { fields } : { fields, items };
    }
    catch {
        // NotSplittable or a SyntaxError from a piece: the whole-document parse reports it.
        return undefined;
    }
}
/** JSON.parse of bytes [start, end) of `bytes` (UTF-8). Throws SyntaxError like JSON.parse. */
function parseRange(bytes, [start, end]) {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end));
}
/**
 * A copy of `value` that shares no memory with the text it was parsed from.
 * V8 hands out long strings taken from a bigger one as slices that keep the
 * whole parent alive; a model built from per-element parses would otherwise
 * keep every element's text (≈ the report's size) for as long as it lives.
 * Concatenation + slice forces a flat copy of just these characters.
 */
function detachString(value) {
    return value.length < 13 ? value : (' ' + value).slice(1);
}

// EXTERNAL MODULE: ./packages/vocabulary/src/json.ts
var json = __nccwpck_require__(9522);
;// CONCATENATED MODULE: ./packages/findings/src/report-json.ts

/**
 * What the scanner-report parsers (Trivy, Grype) share: reading the report's
 * JSON text, naming what was found where something else was expected, and
 * building findings without undefined fields.
 */
/** A JSON value as an error message names it ("missing", "an array", "the string \"…\""). */
function describeJson(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
}
/** Copies only defined optional fields, so findings compare cleanly in tests and JSON. */
function withOptional(finding, optional) {
    const out = { ...finding };
    for (const [key, value] of Object.entries(optional)) {
        if (value !== undefined)
            out[key] = value;
    }
    return out;
}
function describeSyntaxError(error, text, tool) {
    const message = error instanceof Error ? error.message : String(error);
    const trimmed = text.trimEnd();
    const position = /position (\d+)/.exec(message);
    const atEnd = position?.[1] !== undefined && Number(position[1]) >= trimmed.length;
    const truncated = /end of (JSON )?input/i.test(message) || atEnd || (trimmed !== '' && !/[}\]]$/.test(trimmed));
    return truncated ? `${message} (the file looks truncated: did ${tool} stop early or run out of disk?)` : message;
}
/**
 * A report's JSON text (or UTF-8 bytes), parsed. An empty or malformed report
 * is an InfrastructureError: `failure`, the source in parentheses when given,
 * then the reason (a cut-off file is called truncated, with `tool` named).
 */
function parseReportJson(input, failure, tool, source) {
    const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
    const from = source ? ` (${source})` : '';
    if (text.trim() === '') {
        throw new src/* InfrastructureError */.EN(`${failure}${from}: the report is empty`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new src/* InfrastructureError */.EN(`${failure}${from}: ${describeSyntaxError(error, text, tool)}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./packages/findings/src/trivy-parser.ts





/**
 * Trivy's JSON report (`--format json`, SchemaVersion 2) → ScanReport.
 *
 * One finding per vulnerability × package × target, per failed
 * misconfiguration, per secret and per license hit; exact duplicates are
 * dropped. The report is untrusted data, and a report this parser does not
 * understand must never read as "no findings": the shape Trivy writes is
 * checked (Results an array of objects with a Target; Vulnerabilities,
 * Misconfigurations, Secrets, Licenses arrays of objects, each with its id;
 * Severity one of Trivy's names) and anything else is an InfrastructureError
 * naming the path that was unexpected. An absent array is empty; an absent
 * Severity (Trivy omits an empty one) and Trivy's own UNKNOWN are `unknown`.
 */
const TRIVY_INFORMATION_URI = 'https://github.com/aquasecurity/trivy';
const SUPPORTED_TRIVY_SCHEMA_VERSION = 2;
const PARSE_FAILURE = "Trivy's JSON report could not be parsed";
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function trivy_parser_int(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
function objects(value) {
    return Array.isArray(value) ? value.filter(json/* isObject */.G) : [];
}
/** An array of objects at `path` (absent or null: empty); anything else is refused. */
function objectList(value, path, ctx) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        ctx.unexpected(path, `is ${describeJson(value)}, expected an array`);
    value.forEach((item, index) => {
        if (!(0,json/* isObject */.G)(item))
            ctx.unexpected(`${path}[${index}]`, `is ${describeJson(item)}, expected an object`);
    });
    return value;
}
/** A non-empty string id at `path.field`; anything else is refused. */
function requiredId(entry, field, path, ctx) {
    const value = str(entry[field]);
    if (value === undefined)
        ctx.unexpected(`${path}.${field}`, `is ${describeJson(entry[field])}, expected a non-empty string`);
    return value;
}
const TRIVY_SEVERITY_NAMES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
/** Trivy's Severity at `path`: absent → unknown; one of its names (any case) → that; anything else is refused. */
function checkedSeverity(value, path, ctx) {
    if (value === undefined || value === '')
        return 'unknown';
    if (typeof value !== 'string' || !TRIVY_SEVERITY_NAMES.includes(value.trim().toUpperCase())) {
        ctx.unexpected(`${path}.Severity`, `is ${describeJson(value)}, not one of ${TRIVY_SEVERITY_NAMES.join(', ')}`);
    }
    return normalizeSeverity(value);
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v !== '') : [];
}
/** Trivy's severity strings (CRITICAL, HIGH, ...) → model severity; anything else is `unknown`. */
function normalizeSeverity(value) {
    if (typeof value !== 'string')
        return 'unknown';
    const lower = value.trim().toLowerCase();
    return model_SEVERITIES.includes(lower) ? lower : 'unknown';
}
/**
 * Trivy's vulnerability Status → fix state. Without a Status (older Trivy),
 * a FixedVersion means `fixed`.
 */
function normalizeFixState(status, fixedVersion) {
    switch (typeof status === 'string' ? status.toLowerCase() : undefined) {
        case 'fixed':
            return 'fixed';
        case 'affected':
        case 'under_investigation':
        case 'fix_deferred':
            return 'not-fixed';
        case 'will_not_fix':
        case 'end_of_life':
            return 'wont-fix';
        case undefined:
        case '':
            return fixedVersion ? 'fixed' : 'unknown';
        default:
            return 'unknown';
    }
}
/** Highest CVSS v3 base score over all sources (nvd, redhat, ghsa...). */
function highestCvssV3(cvss) {
    if (!(0,json/* isObject */.G)(cvss))
        return undefined;
    let best;
    for (const source of Object.values(cvss)) {
        if (!(0,json/* isObject */.G)(source))
            continue;
        const score = source.V3Score;
        if (typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 10) {
            best = best === undefined ? score : Math.max(best, score);
        }
    }
    return best;
}
function artifactType(value) {
    switch (value) {
        case 'container_image':
            return 'image';
        case 'filesystem':
            return 'filesystem';
        case 'repository':
            return 'repository';
        case 'cyclonedx':
        case 'spdx':
            return 'sbom';
        default:
            return 'unknown';
    }
}
/** The digest matching the scanned repository when there are several (repo@sha256:...). */
function pickDigest(artifactName, metadata) {
    if (!(0,json/* isObject */.G)(metadata))
        return undefined;
    const digests = strings(metadata.RepoDigests);
    if (digests.length === 0)
        return undefined;
    const repository = artifactName.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    return digests.find((d) => d.split('@')[0] === repository) ?? digests[0];
}
const ARCHIVE = /\.(tgz|tar\.gz|tar|zip|jar|war|ear)$/i;
/**
 * A repository-relative path for a Result target, or undefined when the
 * target is not a file in the scanned tree (image contents, SBOM components,
 * language names such as "Java", "Node.js").
 */
function repoPath(target, fileClass) {
    if (!target || target.includes('://') || /\s\(/.test(target) || LANGUAGE_TARGETS.has(target))
        return undefined;
    let path = target.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    let insideArchive = false;
    // Helm charts and other archives: "chart.tgz:templates/pod.yaml" → the archive is the file.
    const colon = path.indexOf(':');
    if (colon > 0) {
        const outer = path.slice(0, colon);
        if (!ARCHIVE.test(outer))
            return undefined;
        path = outer;
        insideArchive = true;
    }
    if (path === '' || path === '.' || path.startsWith('/') || path.split('/').includes('..'))
        return undefined;
    // Config and secret targets are always files; for packages require something file-like.
    if (!fileClass && !/[./]/.test(path))
        return undefined;
    return { path, insideArchive };
}
function trivy_parser_location(target, fileClass, repoArtifact, startLine, endLine) {
    if (!repoArtifact)
        return undefined;
    const resolved = repoPath(target, fileClass);
    if (!resolved)
        return undefined;
    const loc = { path: resolved.path };
    // Lines inside an archive member do not point into the archive file.
    if (!resolved.insideArchive && startLine !== undefined) {
        loc.startLine = startLine;
        if (endLine !== undefined && endLine >= startLine)
            loc.endLine = endLine;
    }
    return loc;
}
function dedupeKey(finding) {
    const loc = finding.location;
    switch (finding.kind) {
        case 'vulnerability':
            return ['v', finding.id, finding.packageName, finding.packageVersion, finding.target].join('\u0000');
        case 'misconfiguration':
            return ['m', finding.id, finding.target, loc?.startLine, loc?.endLine, finding.message].join('\u0000');
        case 'secret':
            return ['s', finding.id, finding.target, loc?.startLine, finding.message].join('\u0000');
        case 'license':
            return ['l', finding.id, finding.packageName, finding.target, loc?.path].join('\u0000');
    }
}
/** Lines of a package in its lockfile, from Result.Packages[].Locations (present with --list-all-pkgs). */
function packageLines(result, pkgId) {
    if (!pkgId)
        return [undefined, undefined];
    for (const pkg of objects(result.Packages)) {
        if (pkg.ID !== pkgId)
            continue;
        const first = objects(pkg.Locations)[0];
        return first ? [trivy_parser_int(first.StartLine), trivy_parser_int(first.EndLine)] : [undefined, undefined];
    }
    return [undefined, undefined];
}
/** Names Trivy gives aggregated language results (image scans, SBOMs): not files. */
const LANGUAGE_TARGETS = new Set([
    'Node.js',
    'Python',
    'Ruby',
    'Java',
    'PHP',
    '.NET',
    'Go',
    'Rust',
    'Elixir',
    'Dart',
    'Julia',
    'Swift',
    'C++',
    'Conan',
    'CocoaPods',
    'Bitnami',
]);
/** Each object of the Result's `key` array (checked by objectList) → its finding, if any. */
function readEntries(scope, key, read) {
    const path = `${scope.where}.${key}`;
    const findings = [];
    for (const [index, entry] of objectList(scope.result[key], path, scope.ctx).entries()) {
        const finding = read(entry, `${path}[${index}]`, scope);
        if (finding)
            findings.push(finding);
    }
    return findings;
}
/** A finding that is not a vulnerability (no fix state), with only its defined optional fields. */
function nonVulnerability(required, optional) {
    const { kind, id, aliases, severity, title, target, references } = required;
    return withOptional({ kind, id, aliases, severity, title, target, references, fixState: 'not-applicable' }, optional);
}
function vulnerability(v, path, scope) {
    const { result, target, repoArtifact, ctx } = scope;
    const id = requiredId(v, 'VulnerabilityID', path, ctx);
    const severity = checkedSeverity(v.Severity, path, ctx);
    const fixedVersion = str(v.FixedVersion);
    const identifier = (0,json/* isObject */.G)(v.PkgIdentifier) ? v.PkgIdentifier : {};
    const finding = {
        kind: 'vulnerability',
        id,
        aliases: [...new Set(strings(v.VendorIDs).filter((alias) => alias !== id))],
        severity,
        title: str(v.Title) ?? id,
        target,
        references: strings(v.References),
        fixState: normalizeFixState(v.Status, fixedVersion),
    };
    // A lockfile/manifest target is the file to point at; OS packages have none.
    const isLangPkgs = result.Class === 'lang-pkgs';
    return withOptional(finding, {
        description: str(v.Description),
        targetType: scope.targetType,
        packageName: str(v.PkgName),
        packageVersion: str(v.InstalledVersion),
        purl: str(identifier.PURL),
        fixedVersion,
        primaryUrl: str(v.PrimaryURL),
        cvssScore: highestCvssV3(v.CVSS),
        location: isLangPkgs ? trivy_parser_location(target, false, repoArtifact, ...packageLines(result, str(v.PkgID))) : undefined,
    });
}
/** A failed check; passed and excepted ones are not findings. */
function misconfiguration(m, path, scope) {
    const { target, repoArtifact, ctx } = scope;
    if (m.Status !== 'FAIL' && m.Status !== 'PASS' && m.Status !== 'EXCEPTION') {
        ctx.unexpected(`${path}.Status`, `is ${describeJson(m.Status)}, not one of FAIL, PASS, EXCEPTION`);
    }
    if (m.Status !== 'FAIL')
        return undefined;
    const id = str(m.ID) ?? str(m.AVDID) ?? requiredId(m, 'ID', path, ctx);
    const severity = checkedSeverity(m.Severity, path, ctx);
    const cause = (0,json/* isObject */.G)(m.CauseMetadata) ? m.CauseMetadata : {};
    const avdId = str(m.AVDID);
    const aliases = avdId && avdId !== id ? [avdId] : [];
    const references = strings(m.References);
    return nonVulnerability({ kind: 'misconfiguration', id, aliases, severity, title: str(m.Title) ?? id, target, references }, {
        description: str(m.Description),
        targetType: scope.targetType,
        primaryUrl: str(m.PrimaryURL),
        message: str(m.Message),
        resolution: str(m.Resolution),
        location: trivy_parser_location(target, true, repoArtifact, trivy_parser_int(cause.StartLine), trivy_parser_int(cause.EndLine)),
    });
}
function secret(s, path, scope) {
    const { target, ctx } = scope;
    const id = requiredId(s, 'RuleID', path, ctx);
    const severity = checkedSeverity(s.Severity, path, ctx);
    const category = str(s.Category);
    return nonVulnerability({ kind: 'secret', id, aliases: [], severity, title: str(s.Title) ?? id, target, references: [] }, {
        description: category ? `Secret category: ${category}` : undefined,
        targetType: scope.targetType,
        // Trivy redacts the secret itself in Match.
        message: str(s.Match),
        location: trivy_parser_location(target, true, scope.repoArtifact, trivy_parser_int(s.StartLine), trivy_parser_int(s.EndLine)),
    });
}
function license(l, path, scope) {
    const name = requiredId(l, 'Name', path, scope.ctx);
    const severity = checkedSeverity(l.Severity, path, scope.ctx);
    const category = str(l.Category);
    const pkg = str(l.PkgName);
    const filePath = str(l.FilePath);
    const title = `${category ? `${category} license` : 'License'} ${name}${pkg ? ` (${pkg})` : ''}`;
    const link = str(l.Link);
    return nonVulnerability({ kind: 'license', id: name, aliases: [], severity, title, target: scope.target, references: [] }, {
        description: category ? `License category: ${category}` : undefined,
        targetType: scope.targetType,
        packageName: pkg,
        primaryUrl: link,
        references: link ? [link] : [],
        location: filePath ? trivy_parser_location(filePath, true, scope.repoArtifact) : undefined,
    });
}
/** The finding with each of its strings replaced by `copy(string)`. */
function detachFinding(finding, copy) {
    const out = finding;
    for (const [key, value] of Object.entries(out)) {
        if (typeof value === 'string')
            out[key] = copy(value);
        else if (Array.isArray(value))
            out[key] = value.map((v) => (typeof v === 'string' ? copy(v) : v));
    }
    if (finding.location)
        finding.location = { ...finding.location, path: copy(finding.location.path) };
    return finding;
}
const DEFAULT_SPLIT_ABOVE_BYTES = 1024 * 1024;
/** Parses Trivy's JSON text (or bytes). Throws InfrastructureError on anything unusable. */
function parseTrivyReport(input, options = {}) {
    if (typeof input !== 'string' && input.byteLength >= (options.splitAboveBytes ?? DEFAULT_SPLIT_ABOVE_BYTES)) {
        const report = parseSplit(input, options);
        if (report)
            return report;
    }
    return parseWhole(input, options);
}
/**
 * The element-at-a-time path: undefined whenever anything is off (not
 * splittable, an element that does not parse, a report that is refused), so
 * that {@link parseWhole} produces exactly the result or error it always did.
 */
function parseSplit(bytes, options) {
    const split = splitTopLevelObject(bytes, 'Results');
    if (!split)
        return undefined;
    const { fields, items } = split;
    try {
        if (!items)
            return trivyReportFromJson(fields, options);
        const results = (function* () {
            for (const range of items)
                yield parseRange(bytes, range);
        })();
        return buildReport(fields, results, options, true);
    }
    catch {
        return undefined;
    }
}
function parseWhole(input, options) {
    return trivyReportFromJson(parseReportJson(input, PARSE_FAILURE, 'Trivy', options.source), options);
}
/** Converts an already-parsed Trivy JSON document. */
function trivyReportFromJson(data, options = {}) {
    const results = (0,json/* isObject */.G)(data) && Array.isArray(data.Results) ? data.Results : [];
    return buildReport(data, results, options, false);
}
/**
 * `data` is the report without (or with) its Results; `results` yields them.
 * With `detach`, every string kept in the model is copied out of the text it
 * was parsed from (see detachString), so no element's text outlives it.
 */
function buildReport(data, results, options, detach) {
    const from = options.source ? ` (${options.source})` : '';
    if (!(0,json/* isObject */.G)(data)) {
        throw new src/* InfrastructureError */.EN(`${PARSE_FAILURE}${from}: expected a JSON object, got ${Array.isArray(data) ? 'an array' : typeof data}`);
    }
    if (data.SchemaVersion !== SUPPORTED_TRIVY_SCHEMA_VERSION) {
        const got = data.SchemaVersion === undefined ? 'no SchemaVersion' : `SchemaVersion ${JSON.stringify(data.SchemaVersion)}`;
        const hint = 'bomFormat' in data || 'spdxVersion' in data ? ' (this looks like an SBOM, not a `--format json` report)' : '';
        throw new src/* InfrastructureError */.EN(`${PARSE_FAILURE}${from}: it has ${got}${hint}; this action reads SchemaVersion ${SUPPORTED_TRIVY_SCHEMA_VERSION}`);
    }
    if (!detach && data.Results !== undefined && data.Results !== null && !Array.isArray(data.Results)) {
        throw new src/* InfrastructureError */.EN(`${PARSE_FAILURE}${from}: Results is not an array`);
    }
    const artifactName = str(data.ArtifactName) ?? '';
    const type = artifactType(data.ArtifactType);
    // Only filesystem/repository scans have targets that are files of the checked-out tree.
    const repoArtifact = type === 'filesystem' || type === 'repository';
    const trivy = (0,json/* isObject */.G)(data.Trivy) ? data.Trivy : {};
    const ctx = {
        unexpected(path, problem) {
            throw new src/* InfrastructureError */.EN(`${PARSE_FAILURE}${from}: unexpected report shape: ${path} ${problem}. The report was not used (an unreadable report never ` +
                `counts as "no findings"); check that the Trivy version writes the SchemaVersion ${SUPPORTED_TRIVY_SCHEMA_VERSION} JSON format this action reads.`);
        },
    };
    const findings = [];
    const seen = new Set();
    const targets = new Set();
    const copies = new Map();
    let index = -1;
    const copy = (value) => {
        let detached = copies.get(value);
        if (detached === undefined)
            copies.set(value, (detached = detachString(value)));
        return detached;
    };
    for (const result of results) {
        index++;
        const where = `Results[${index}]`;
        if (!(0,json/* isObject */.G)(result))
            ctx.unexpected(where, `is ${describeJson(result)}, expected an object`);
        if (typeof result.Target !== 'string') {
            ctx.unexpected(`${where}.Target`, `is ${describeJson(result.Target)}, expected a string (every Trivy result names its target)`);
        }
        const target = str(result.Target) ?? artifactName;
        if (!targets.has(target))
            targets.add(detach ? detachString(target) : target);
        const targetType = str(result.Type) ?? str(result.Class);
        const scope = { result, target, targetType, repoArtifact, where, ctx };
        const all = [
            ...readEntries(scope, 'Vulnerabilities', vulnerability),
            ...readEntries(scope, 'Misconfigurations', misconfiguration),
            ...readEntries(scope, 'Secrets', secret),
            ...readEntries(scope, 'Licenses', license),
        ];
        for (const finding of all) {
            const key = dedupeKey(finding);
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push(detach ? detachFinding(finding, copy) : finding);
        }
        if (detach)
            copies.clear();
    }
    const report = {
        tool: { name: 'Trivy', informationUri: TRIVY_INFORMATION_URI },
        artifactName,
        artifactType: type,
        findings,
        targets: [...targets],
    };
    const version = str(trivy.Version);
    if (version)
        report.tool.version = version;
    const digest = pickDigest(artifactName, data.Metadata);
    if (digest)
        report.artifactDigest = digest;
    return report;
}

;// CONCATENATED MODULE: ./packages/findings/src/report-file.ts

/**
 * Largest scanner report read (1 GiB). Trivy reports of 100,000 findings are
 * ≈ 70 MB; anything near this is not a report a person or GitHub can use, and
 * reading it whole would exhaust the runner's memory first.
 */
const MAX_REPORT_BYTES = 1024 ** 3;
/**
 * Reads a scanner's JSON report with the cap enforced while reading (never
 * more than MAX_REPORT_BYTES + 1 bytes in memory, whatever the file is or
 * becomes). Over the cap is an InfrastructureError naming the file.
 */
async function readReportFile(file, tool, maxBytes = MAX_REPORT_BYTES) {
    try {
        return await (0,src/* readFileCapped */.uh)(file, maxBytes, `${tool}'s JSON report ${file}`);
    }
    catch (error) {
        if (error instanceof src/* SizeCapError */.k2) {
            throw new src/* InfrastructureError */.EN(`${error.message}: the action reads reports of at most ${maxBytes} bytes. Narrow the scan (scanners, skip-dirs) or raise it with the maintainers.`, { cause: error });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/findings/src/filter.ts

/**
 * Selecting findings for reporting (summary, SARIF, annotations). The gate
 * (gate.ts) decides pass/fail; filters only decide what is shown.
 */
/** True when `severity` is `threshold` or more severe. */
function atOrAbove(severity, threshold) {
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
/** Parses a severity name, case-insensitively ("HIGH", "high"); undefined when it is not one. */
function parseSeverity(value) {
    const lower = value.trim().toLowerCase();
    return SEVERITIES.includes(lower) ? lower : undefined;
}
/** Severities at or above `threshold`, most severe first. */
function severitiesAtOrAbove(threshold) {
    return SEVERITIES.filter((s) => atOrAbove(s, threshold));
}
/** A vulnerability with a fix available (fixed state or a fixed version). */
function hasFix(finding) {
    return finding.fixState === 'fixed' || (finding.fixedVersion !== undefined && finding.fixedVersion !== '');
}
function matchesFilter(finding, filter) {
    if (filter.severities && !filter.severities.includes(finding.severity))
        return false;
    if (filter.minSeverity && !atOrAbove(finding.severity, filter.minSeverity))
        return false;
    if (filter.kinds && !filter.kinds.includes(finding.kind))
        return false;
    if (filter.onlyFixed && finding.kind === 'vulnerability' && !hasFix(finding))
        return false;
    if (filter.ignoreIds && filter.ignoreIds.length > 0) {
        const ignored = new Set(filter.ignoreIds.map((id) => id.trim().toUpperCase()));
        if ([finding.id, ...finding.aliases].some((id) => ignored.has(id.toUpperCase())))
            return false;
    }
    return true;
}
function filterFindings(findings, filter) {
    if (filter.ignoreIds && filter.ignoreIds.length > 0) {
        const ignored = new Set(filter.ignoreIds.map((id) => id.trim().toUpperCase()));
        const rest = { ...filter, ignoreIds: [] };
        return findings.filter((f) => matchesFilter(f, rest) && ![f.id, ...f.aliases].some((id) => ignored.has(id.toUpperCase())));
    }
    return findings.filter((f) => matchesFilter(f, filter));
}
/**
 * Findings at or above `threshold`, or, given a list (Trivy's
 * `--severity CRITICAL,HIGH` style), findings whose severity is listed.
 */
function filterBySeverity(findings, threshold) {
    if (typeof threshold === 'string')
        return findings.filter((f) => atOrAbove(f.severity, threshold));
    const allowed = new Set(threshold);
    return findings.filter((f) => allowed.has(f.severity));
}

;// CONCATENATED MODULE: ./packages/findings/src/gate.ts



function tripsGate(finding, policy) {
    if (policy.failOn === 'none')
        return false;
    if (finding.severity === 'unknown') {
        if (policy.failOn !== 'low' && policy.failOn !== 'unknown')
            return false;
    }
    else if (!atOrAbove(finding.severity, policy.failOn))
        return false;
    if (policy.onlyFixed && finding.kind === 'vulnerability' && !hasFix(finding))
        return false;
    return true;
}
function evaluateGate(findings, policy) {
    const tripped = findings.filter((f) => tripsGate(f, policy)).sort(compareFindings);
    return { outcome: tripped.length > 0 ? 'fail' : 'pass', tripped, policy };
}
function clean(value, max = 120) {
    return (0,src/* truncate */.xv)((0,src/* stripInvisible */._0)(value).replace(/\s+/g, ' ').trim(), max);
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** "CRITICAL CVE-2021-36159 apk-tools 2.10.6-r0 → 2.10.7-r0 (alpine:3.10 (alpine 3.10.9))" */
function describeOffender(finding) {
    const parts = [finding.severity.toUpperCase(), clean(finding.id, 80)];
    if (finding.kind === 'vulnerability') {
        if (finding.packageName) {
            const version = finding.packageVersion ? ` ${clean(finding.packageVersion, 60)}` : '';
            const fixed = finding.fixedVersion ? ` → ${clean(finding.fixedVersion, 60)}` : ' (no fix)';
            parts.push(`${clean(finding.packageName, 80)}${version}${fixed}`);
        }
    }
    else {
        parts.push(`${finding.kind}: ${clean(finding.title, 80)}`);
    }
    const where = finding.location
        ? `${finding.location.path}${finding.location.startLine ? `:${finding.location.startLine}` : ''}`
        : finding.target;
    parts.push(`(${clean(where, 120)})`);
    return parts.join(' ');
}
function countsText(findings) {
    const counts = countBySeverity(findings);
    return model_SEVERITIES.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(', ');
}
/**
 * One message for the log and the failed step: the policy, counts per
 * severity and the top offenders. Untrusted values are stripped of invisible
 * characters, folded to one line and capped.
 */
function gateMessage(result, options = {}) {
    const { policy, tripped } = result;
    const top = options.top ?? 5;
    if (policy.failOn === 'none')
        return 'Severity gate disabled (fail-on: none).';
    const threshold = policy.failOn.toUpperCase();
    const scope = policy.onlyFixed ? ' (vulnerabilities only when a fix is available)' : '';
    if (result.outcome === 'pass') {
        return `Severity gate passed: no findings at or above ${threshold}${scope}.`;
    }
    const lines = [
        `Severity gate failed: ${plural(tripped.length, 'finding')} at or above ${threshold}${scope}: ${countsText(tripped)}.`,
    ];
    const shown = tripped.slice(0, Math.max(0, top));
    if (shown.length > 0) {
        lines.push(`Top ${shown.length === 1 ? 'offender' : `${shown.length} offenders`}:`);
        for (const finding of shown)
            lines.push(`  - ${describeOffender(finding)}`);
        if (tripped.length > shown.length)
            lines.push(`  …and ${tripped.length - shown.length} more (see the job summary and SARIF report).`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/findings/src/paths.ts

/**
 * Joins the scanned directory (relative to the repository root) and a path
 * relative to it, giving a repository-relative path with forward slashes.
 * Undefined when the result would leave the repository (`..`, absolute).
 */
function repoRelativePath(prefix, path) {
    const base = (prefix ?? '')
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
    const relative = path.replace(/\\/g, '/');
    if (relative.startsWith('/') || base.startsWith('/'))
        return undefined;
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(base === '.' ? '' : base, relative));
    if (joined === '.' || joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined.replace(/^\.\//, '');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./packages/findings/src/sarif-renderer.ts







/**
 * ScanReport → SARIF 2.1.0 for GitHub code scanning: one run per call (the
 * caller's category becomes `automationDetails.id = "<category>/"`), rules
 * deduplicated by id, results most severe first.
 *
 * GitHub's upload limits are enforced here rather than discovered at upload:
 * at most 25,000 results per run and a gzip-compressed size under 10 MB. When
 * over, the least severe results are dropped first and what was dropped is
 * returned and written to `run.properties`.
 *
 * security-severity (what GitHub turns into critical/high/medium/low: > 9.0,
 * 7.0–8.9, 4.0–6.9, ≤ 3.9) is the finding's CVSS v3 score when that score falls
 * in the same band as the finding's severity, otherwise a mapped value
 * (critical 9.5, high 8.0, medium 5.5, low 2.0, unknown 0.0). Trivy picks the
 * severity from the distribution's own rating, which can differ from NVD's
 * CVSS; the mapping keeps GitHub's label consistent with the gate and summary.
 */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_MAX_RESULTS_PER_RUN = 25_000;
/** 10 MB gzip limit less a 5% margin. */
const SARIF_DEFAULT_MAX_GZIP_BYTES = 9_500_000;
const SARIF_FINGERPRINT_KEY = 'scsFindingHash/v1';
const SECURITY_SEVERITY = {
    critical: 9.5,
    high: 8.0,
    medium: 5.5,
    low: 2.0,
    unknown: 0.0,
};
const SARIF_LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    unknown: 'note',
};
const RULE_NAME = {
    vulnerability: 'PackageVulnerability',
    misconfiguration: 'Misconfiguration',
    secret: 'ExposedSecret',
    license: 'LicenseIssue',
};
function oneLine(value, max) {
    return (0,src/* truncate */.xv)((0,src/* stripInvisible */._0)(value).replace(/\s+/g, ' ').trim(), max);
}
function sarif_renderer_text(value, max) {
    return (0,src/* truncate */.xv)((0,src/* stripInvisible */._0)(value), max);
}
/** Backslash-escapes Markdown metacharacters for SARIF markdown fields (rendered by GitHub). */
function mdText(value, max = 1000) {
    return oneLine(value, max)
        .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c)
        .replace(/([\\`*_{}[\]()#+\-!|~])/g, '\\$1');
}
/** The security-severity GitHub reads, as a number (see the module comment). */
function securitySeverity(finding) {
    const score = finding.cvssScore;
    if (score !== undefined && finding.severity !== 'unknown' && cvssV3Severity(score) === finding.severity)
        return score;
    return SECURITY_SEVERITY[finding.severity];
}
function formatScore(score) {
    return score.toFixed(1);
}
/** Percent-encodes what is not allowed in a URI reference, keeping `/` and `:`. */
function uriReference(path) {
    return encodeURI((0,src/* stripInvisible */._0)(path)).replace(/[#?[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function locationFor(finding, report, options) {
    const loc = finding.location;
    const path = loc ? repoRelativePath(options.pathPrefix, loc.path) : undefined;
    if (loc && path) {
        const region = {
            startLine: loc.startLine && loc.startLine >= 1 ? loc.startLine : 1,
        };
        if (loc.startLine && loc.endLine && loc.endLine >= loc.startLine)
            region.endLine = loc.endLine;
        return { physicalLocation: { artifactLocation: { uri: uriReference(path), uriBaseId: '%SRCROOT%' }, region } };
    }
    // No file in the repository (image contents, SBOM components): name the image or target, as Trivy does.
    const osTarget = report.artifactType === 'image' && report.artifactName && finding.target.startsWith(`${report.artifactName} (`);
    const name = osTarget ? report.artifactName : finding.target || report.artifactName || 'unknown';
    const what = finding.packageName
        ? `${name}: ${finding.packageName}${finding.packageVersion ? `@${finding.packageVersion}` : ''}`
        : name;
    return {
        physicalLocation: { artifactLocation: { uri: uriReference(name) }, region: { startLine: 1 } },
        message: { text: oneLine(what, 500) },
    };
}
function resultMessage(finding) {
    const lines = [];
    switch (finding.kind) {
        case 'vulnerability':
            if (finding.packageName)
                lines.push(`Package: ${finding.packageName}`);
            if (finding.packageVersion)
                lines.push(`Installed Version: ${finding.packageVersion}`);
            lines.push(`Vulnerability ${finding.id}`, `Severity: ${finding.severity.toUpperCase()}`);
            lines.push(`Fixed Version: ${finding.fixedVersion ?? (finding.fixState === 'wont-fix' ? "won't fix" : 'none')}`);
            if (finding.title !== finding.id)
                lines.push(finding.title);
            break;
        case 'misconfiguration':
            lines.push(`${finding.id}: ${finding.title}`, `Severity: ${finding.severity.toUpperCase()}`);
            if (finding.message)
                lines.push(`Message: ${finding.message}`);
            if (finding.resolution)
                lines.push(`Resolution: ${finding.resolution}`);
            break;
        case 'secret':
            lines.push(`Secret ${finding.id}: ${finding.title}`, `Severity: ${finding.severity.toUpperCase()}`);
            if (finding.message)
                lines.push(`Match (redacted): ${finding.message}`);
            break;
        case 'license':
            lines.push(`License ${finding.id}`, `Severity: ${finding.severity.toUpperCase()}`);
            if (finding.packageName)
                lines.push(`Package: ${finding.packageName}`);
            break;
    }
    lines.push(`Target: ${finding.target}`);
    return lines.map((line) => oneLine(line, 2000)).join('\n');
}
function ruleFor(finding, score) {
    const helpUri = (0,src/* safeUrl */.Pl)(finding.primaryUrl);
    const title = oneLine(finding.title, 1000);
    const description = finding.description ? sarif_renderer_text(finding.description, 8000) : title;
    const facts = [
        ['Severity', finding.severity.toUpperCase()],
        ['Kind', finding.kind],
        ['Package', finding.packageName],
        ['Fixed version', finding.fixedVersion],
        ['Resolution', finding.resolution],
    ];
    const present = facts.filter((f) => f[1] !== undefined && f[1] !== '');
    const helpText = [
        `${finding.id}: ${title}`,
        ...present.map(([k, v]) => `${k}: ${oneLine(v, 500)}`),
        ...(helpUri ? [`Link: ${helpUri}`] : []),
        '',
        description,
    ].join('\n');
    const link = helpUri
        ? `[${mdText(finding.id, 200)}](${helpUri.replace(/[()|\s]/g, encodeURIComponent)})`
        : mdText(finding.id, 200);
    const helpMarkdown = [
        `**${link}**: ${mdText(title)}`,
        '',
        '| Field | Value |',
        '| --- | --- |',
        ...present.map(([k, v]) => `| ${k} | ${mdText(v, 500)} |`),
        '',
        mdText(description, 8000),
    ].join('\n');
    const rule = {
        id: finding.id,
        name: RULE_NAME[finding.kind],
        shortDescription: { text: title },
        fullDescription: { text: description },
        help: { text: helpText, markdown: helpMarkdown },
        defaultConfiguration: { level: SARIF_LEVEL[finding.severity] },
        properties: {
            tags: ['security', finding.kind, finding.severity],
            'security-severity': formatScore(score),
            precision: 'very-high',
        },
    };
    if (helpUri)
        rule.helpUri = helpUri;
    if (finding.cvssScore !== undefined)
        rule.properties.cvssV3Score = finding.cvssScore;
    return rule;
}
function fingerprintBase(finding, uri) {
    // Stable across runs: no versions or line numbers (they move); the redacted
    // match or the check's message tells apart several hits in one file.
    const parts = [finding.kind, finding.id, uri, finding.packageName ?? ''];
    if (finding.kind === 'misconfiguration' || finding.kind === 'secret')
        parts.push(finding.message ?? '');
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest('hex');
}
/** The result for one finding (`ruleIndex` is added when the rule table is known). */
function resultFor(finding, report, options, occurrences) {
    const location = locationFor(finding, report, options);
    const base = fingerprintBase(finding, location.physicalLocation.artifactLocation.uri);
    const seen = occurrences.get(base) ?? 0;
    occurrences.set(base, seen + 1);
    const result = {
        ruleId: finding.id,
        level: SARIF_LEVEL[finding.severity],
        message: { text: resultMessage(finding) },
        locations: [location],
        partialFingerprints: { [SARIF_FINGERPRINT_KEY]: `${base}:${seen + 1}` },
    };
    return result;
}
/**
 * The first `keep` findings (most severe first) with their results, built one
 * at a time: only the one being written is alive.
 */
function* keptResults(sorted, keep, report, options) {
    const occurrences = new Map();
    for (let i = 0; i < keep; i += 1) {
        const finding = sorted[i];
        yield { finding, score: securitySeverity(finding), result: resultFor(finding, report, options, occurrences) };
    }
}
/** One rule per id among the kept findings, in order of first appearance. */
function ruleTable(sorted, keep) {
    const rules = new Map();
    for (let i = 0; i < keep; i += 1) {
        const finding = sorted[i];
        const score = securitySeverity(finding);
        const rule = rules.get(finding.id);
        if (!rule) {
            rules.set(finding.id, { index: rules.size, finding, score, securitySeverity: formatScore(score) });
        }
        else if (Number(rule.securitySeverity) < score) {
            // Same id seen again (another package or file): keep the highest score on the rule.
            rule.securitySeverity = formatScore(score);
        }
    }
    return rules;
}
function ruleOf(entry) {
    const rule = ruleFor(entry.finding, entry.score);
    rule.properties['security-severity'] = entry.securitySeverity;
    return rule;
}
/** The document around its rules and results (the run's keys in their fixed order). */
function buildSkeleton(report, options, omitted, rules, results) {
    const properties = {
        artifactName: report.artifactName,
        artifactType: report.artifactType,
    };
    if (report.artifactDigest)
        properties.artifactDigest = report.artifactDigest;
    if (omitted.total > 0) {
        properties.omittedResults = {
            total: omitted.total,
            bySeverity: omitted.bySeverity,
            reason: omitted.reason,
            note: `${omitted.total} least severe result(s) were left out to stay within GitHub's upload limits ` +
                '(25,000 results per run, 10 MB gzip); the JSON report and job summary count them.',
        };
    }
    const run = {
        tool: {
            driver: {
                name: report.tool.name,
                informationUri: report.tool.informationUri,
                rules,
            },
        },
        automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` },
        columnKind: 'utf16CodeUnits',
        results,
        properties,
    };
    if (report.tool.version)
        run.tool.driver.version = report.tool.version;
    if (options.srcRoot) {
        const href = (0,external_node_url_namespaceObject.pathToFileURL)(options.srcRoot).href;
        run.originalUriBaseIds = { '%SRCROOT%': { uri: href.endsWith('/') ? href : `${href}/` } };
    }
    return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}
function buildLog(sorted, keep, report, options, omitted) {
    const table = ruleTable(sorted, keep);
    const results = [];
    for (const { finding, result } of keptResults(sorted, keep, report, options)) {
        results.push({ ...result, ruleIndex: table.get(finding.id).index });
    }
    return buildSkeleton(report, options, omitted, [...table.values()].map(ruleOf), results);
}
/** Which findings to keep, sorted most severe first, and the first attempt at GitHub's result limit. */
function plan(report, options) {
    if (!options.category || /[\s]/.test(options.category)) {
        throw new RangeError(`SARIF category must be a non-empty string without spaces, got '${options.category}'`);
    }
    const maxResults = Math.min(options.maxResults ?? SARIF_MAX_RESULTS_PER_RUN, SARIF_MAX_RESULTS_PER_RUN);
    const sorted = [...(options.findings ?? report.findings)].sort(compareFindings);
    const keep = Math.min(sorted.length, maxResults);
    const overCount = sorted.length > maxResults;
    return {
        sorted,
        maxGzip: options.maxGzipBytes ?? SARIF_DEFAULT_MAX_GZIP_BYTES,
        first: { keep, overCount, omitted: omissions(sorted, keep, overCount, false) },
    };
}
function omissions(sorted, keep, overCount, overSize) {
    const reason = overCount && overSize ? 'result-and-size-limit' : overSize ? 'size-limit' : overCount ? 'result-limit' : undefined;
    const out = { total: sorted.length - keep, bySeverity: countBySeverity(sorted.slice(keep)) };
    if (sorted.length > keep && reason)
        out.reason = reason;
    return out;
}
/**
 * Over the size budget: estimate from the compression ratio how many of the
 * most severe results (with the rules they bring in) fit; a next attempt with
 * fewer, or `undefined` when there is nothing left to try.
 */
function shrink(sorted, previous, sizes, report, options) {
    const { rawBytes, gzipBytes, maxGzip, attempt } = sizes;
    if (gzipBytes <= maxGzip || previous.keep === 0 || attempt > 20)
        return undefined;
    const ratio = gzipBytes / rawBytes;
    const ruleSeen = new Set();
    const itemSizes = [];
    for (const { finding, score, result } of keptResults(sorted, previous.keep, report, options)) {
        let size = Buffer.byteLength(JSON.stringify(result)) + 16;
        if (!ruleSeen.has(finding.id)) {
            ruleSeen.add(finding.id);
            size += Buffer.byteLength(JSON.stringify(ruleFor(finding, score)));
        }
        itemSizes.push(size);
    }
    const overhead = Math.max(0, rawBytes - itemSizes.reduce((a, b) => a + b, 0));
    const target = (maxGzip * 0.97) / ratio - overhead;
    let fit = 0;
    let total = 0;
    while (fit < itemSizes.length && total + (itemSizes[fit] ?? 0) <= target) {
        total += itemSizes[fit] ?? 0;
        fit += 1;
    }
    const keep = fit < previous.keep ? fit : Math.floor(previous.keep * 0.95);
    return { keep, overCount: previous.overCount, omitted: omissions(sorted, keep, previous.overCount, true) };
}
function renderSarif(report, options) {
    const { sorted, maxGzip, first } = plan(report, options);
    let current = first;
    for (let attempt = 0;; attempt += 1) {
        const sarif = buildLog(sorted, current.keep, report, options, current.omitted);
        const json = JSON.stringify(sarif);
        const gzipBytes = (0,external_node_zlib_.gzipSync)(json).length;
        const sizes = { rawBytes: Buffer.byteLength(json), gzipBytes, maxGzip, attempt };
        const next = shrink(sorted, current, sizes, report, options);
        if (!next)
            return { sarif, json, gzipBytes, omitted: current.omitted };
        current = next;
    }
}
/** Placeholders in the skeleton where the rules and results are spliced in (JSON string values). */
const RULES_MARK = '\u0000scs-sarif-rules\u0000';
const RESULTS_MARK = '\u0000scs-sarif-results\u0000';
/**
 * The document as pieces of text whose concatenation is exactly
 * `renderSarif(...).json`: the skeleton with the rules and the results
 * serialized one at a time in between, so no copy of the whole document
 * (object or string) is ever held.
 */
function* sarifPieces(sorted, attempt, report, options) {
    const table = ruleTable(sorted, attempt.keep);
    const marked = buildSkeleton(report, options, attempt.omitted, RULES_MARK, RESULTS_MARK);
    const parts = JSON.stringify(marked).split(/"\\u0000scs-sarif-(?:rules|results)\\u0000"/);
    // Report text cannot form a mark (a quote inside a JSON string is escaped), but a document is never guessed at.
    if (parts.length !== 3)
        throw new Error(`SARIF skeleton with ${parts.length - 1} marks instead of 2`);
    const [head, middle, tail] = parts;
    yield `${head}[`;
    let first = true;
    for (const entry of table.values()) {
        yield `${first ? '' : ','}${JSON.stringify(ruleOf(entry))}`;
        first = false;
    }
    yield `]${middle}[`;
    first = true;
    for (const { finding, result } of keptResults(sorted, attempt.keep, report, options)) {
        yield `${first ? '' : ','}${JSON.stringify({ ...result, ruleIndex: table.get(finding.id).index })}`;
        first = false;
    }
    yield `]${tail}`;
}
/** Writes the pieces to `fd` from offset 0 in batches, gzip-counting them as they go; the file is cut to what was written. */
async function writePieces(fd, pieces) {
    const gzip = (0,external_node_zlib_.createGzip)();
    let gzipBytes = 0;
    gzip.on('data', (chunk) => (gzipBytes += chunk.length));
    const ended = new Promise((resolve, reject) => {
        gzip.on('end', resolve);
        gzip.on('error', reject);
    });
    ended.catch(() => undefined); // awaited below; an early error must not count as unhandled meanwhile
    let bytes = 0;
    let batch = [];
    let batchLength = 0;
    const flush = async () => {
        const buffer = Buffer.from(batch.join(''), 'utf8');
        batch = [];
        batchLength = 0;
        for (let offset = 0; offset < buffer.length;)
            offset += external_node_fs_.writeSync(fd, buffer, offset, buffer.length - offset, bytes + offset);
        bytes += buffer.length;
        if (!gzip.write(buffer))
            await Promise.race([new Promise((resolve) => gzip.once('drain', resolve)), ended]);
    };
    for (const piece of pieces) {
        batch.push(piece);
        batchLength += piece.length;
        if (batchLength >= WRITE_BATCH_CHARS)
            await flush();
    }
    await flush();
    gzip.end();
    await ended;
    external_node_fs_.ftruncateSync(fd, bytes);
    return { bytes, gzipBytes };
}
/** Characters of JSON written at a time (about 1 MB). */
const WRITE_BATCH_CHARS = 1 << 20;
/**
 * `renderSarif` written straight to an open file, byte for byte the same
 * document, without building it in memory: the results are serialized one at
 * a time and the gzip size is counted while writing. Over GitHub's size limit
 * the file is rewritten with fewer results, as `renderSarif` decides.
 */
async function writeSarifFile(fd, report, options) {
    const { sorted, maxGzip, first } = plan(report, options);
    let current = first;
    for (let attempt = 0;; attempt += 1) {
        const { bytes, gzipBytes } = await writePieces(fd, sarifPieces(sorted, current, report, options));
        const next = shrink(sorted, current, { rawBytes: bytes, gzipBytes, maxGzip, attempt }, report, options);
        if (!next)
            return { bytes, gzipBytes, results: current.keep, omitted: current.omitted };
        current = next;
    }
}
/**
 * Several rendered logs as one SARIF file, one run each (a scan of every
 * platform of an image index): each run keeps its own category
 * (`automationDetails.id`), which must differ between runs for GitHub to keep
 * them apart.
 */
function combineSarif(results) {
    const runs = results.flatMap((result) => result.sarif.runs);
    const ids = runs.map((run) => run.automationDetails.id);
    if (new Set(ids).size !== ids.length) {
        throw new RangeError(`SARIF runs combined in one file need distinct categories, got ${ids.join(', ')}`);
    }
    return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs });
}

;// CONCATENATED MODULE: ./packages/findings/src/markdown-renderer.ts


const KIND_LABEL = {
    vulnerability: 'Vulnerabilities',
    misconfiguration: 'Misconfigurations',
    secret: 'Secrets',
    license: 'Licenses',
};
const KINDS = ['vulnerability', 'misconfiguration', 'secret', 'license'];
const SEVERITY_ICON = {
    critical: '🟥',
    high: '🟧',
    medium: '🟨',
    low: '🟦',
    unknown: '⬜',
};
const ARTIFACT_LABEL = {
    image: 'container image',
    filesystem: 'filesystem',
    repository: 'repository',
    sbom: 'SBOM',
    unknown: 'artifact',
};
function markdown_renderer_plural(n, one, many = `${one}s`) {
    return `${groupThousands(n)} ${n === 1 ? one : many}`;
}
/**
 * `12345` → `12,345`, as `toLocaleString('en-US')` prints an integer, but
 * without the first call's ICU number-format set-up, which alone cost about
 * 20 ms of every scan run (bench/RESULTS.md, action overhead).
 */
function groupThousands(n) {
    return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-US');
}
function countsPhrase(findings) {
    const counts = countBySeverity(findings);
    return model_SEVERITIES.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(', ');
}
/** The gate's verdict as one summary line (what every scan summary shows under its header). */
function gateLine(gate) {
    const { policy } = gate;
    if (policy.failOn === 'none')
        return src.md.raw('**Gate:** disabled (`fail-on: none`)');
    const scope = `\`fail-on: ${policy.failOn}\`${policy.onlyFixed ? ', `only-fixed: true`' : ''}`;
    if (gate.outcome === 'pass') {
        return src.md.raw(`**Gate: ✅ passed**: no findings at or above ${policy.failOn.toUpperCase()} (${scope})`);
    }
    return src.md.raw(`**Gate: ❌ failed**: ${markdown_renderer_plural(gate.tripped.length, 'finding')} at or above ${policy.failOn.toUpperCase()} ` +
        `(${countsPhrase(gate.tripped)}; ${scope})`);
}
function header(builder, report, options) {
    const title = options.title ?? `${report.tool.name} scan`;
    builder.heading(src.md.join([src.md.text(title), src.md.code(report.artifactName || 'unknown artifact', 300)], ': '), 2);
    const version = report.tool.version && report.tool.version !== 'dev'
        ? report.tool.version
        : (options.toolVersion ?? report.tool.version);
    const facts = [
        src.md.raw(`${src.md.text(report.tool.name).text}${version ? ` ${src.md.text(version, 60).text}` : ''}`),
        src.md.raw(ARTIFACT_LABEL[report.artifactType]),
        src.md.raw(markdown_renderer_plural(report.targets.length, 'target')),
    ];
    if (report.artifactDigest)
        facts.push(src.md.join([src.md.raw('digest'), src.md.code(report.artifactDigest, 300)]));
    builder.paragraph(src.md.join(facts, ' · '));
    for (const note of options.notes ?? [])
        builder.paragraph(note);
    if (options.gate)
        builder.paragraph(gateLine(options.gate));
}
function severityTable(builder, findings) {
    const counts = new Map(KINDS.map((kind) => [kind, countBySeverity(findings.filter((f) => f.kind === kind))]));
    const totals = countBySeverity(findings);
    const rows = model_SEVERITIES.map((severity) => [
        src.md.raw(`${SEVERITY_ICON[severity]} ${severity[0]?.toUpperCase()}${severity.slice(1)}`),
        ...KINDS.map((kind) => src.md.raw(String(counts.get(kind)?.[severity] ?? 0))),
        src.md.raw(`**${totals[severity]}**`),
    ]);
    rows.push([
        src.md.raw('**Total**'),
        ...KINDS.map((kind) => src.md.raw(`**${findings.filter((f) => f.kind === kind).length}**`)),
        src.md.raw(`**${findings.length}**`),
    ]);
    builder.table({
        headers: ['Severity', ...KINDS.map((k) => KIND_LABEL[k]), 'Total'],
        rows,
        align: ['left', 'right', 'right', 'right', 'right', 'right'],
        itemsPerRow: 0,
    });
}
function where(finding) {
    const loc = finding.location;
    if (!loc)
        return undefined;
    if (!loc.startLine)
        return loc.path;
    return `${loc.path}:${loc.startLine}${loc.endLine && loc.endLine !== loc.startLine ? `-${loc.endLine}` : ''}`;
}
function findingRow(finding, tripped) {
    const label = `${SEVERITY_ICON[finding.severity]} ${finding.severity.toUpperCase()}`;
    const severity = tripped.has(finding) ? src.md.raw(`**${label}**`) : src.md.raw(label);
    const id = src.md.link(src.md.text(finding.id, 120), finding.primaryUrl);
    let subject = '';
    let version = '';
    if (finding.kind === 'vulnerability' || finding.kind === 'license') {
        subject = finding.packageName ? src.md.code(finding.packageName, 200) : '';
    }
    else {
        const at = where(finding);
        subject = at ? src.md.code(at, 200) : '';
    }
    if (finding.kind === 'vulnerability') {
        const installed = finding.packageVersion ? src.md.code(finding.packageVersion, 120) : src.md.raw('?');
        const fixed = finding.fixedVersion
            ? src.md.code(finding.fixedVersion, 120)
            : src.md.raw(finding.fixState === 'wont-fix' ? "_won't fix_" : '_no fix_');
        version = src.md.join([installed, src.md.raw('→'), fixed]);
    }
    const title = finding.kind === 'misconfiguration' && finding.message ? `${finding.title}: ${finding.message}` : finding.title;
    return [severity, id, subject, version, src.md.text(title, 300)];
}
/** Findings by target, each sorted most severe first; the target with the most severe finding first (every renderer's order). */
function groupByTarget(findings) {
    const groups = new Map();
    for (const finding of findings) {
        let group = groups.get(finding.target);
        if (!group) {
            group = { target: finding.target, findings: [] };
            if (finding.targetType)
                group.targetType = finding.targetType;
            groups.set(finding.target, group);
        }
        group.findings.push(finding);
    }
    const list = [...groups.values()];
    for (const group of list)
        group.findings.sort(compareFindings);
    const top = (g) => SEVERITY_RANK[g.findings[0]?.severity ?? 'unknown'];
    return list.sort((a, b) => top(b) - top(a) || b.findings.length - a.findings.length || a.target.localeCompare(b.target));
}
/** Appends the scan's sections to `builder`. */
function appendScanSummary(builder, report, options = {}) {
    header(builder, report, options);
    const findings = report.findings;
    if (findings.length === 0) {
        builder.paragraph(src.md.raw(`✅ No findings in ${markdown_renderer_plural(report.targets.length, 'scanned target')}.`));
        return;
    }
    severityTable(builder, findings);
    builder.heading('Findings by target', 3);
    const tripped = new Set(options.gate?.tripped ?? []);
    const collapseAbove = options.collapseAbove ?? 10;
    for (const group of groupByTarget(findings)) {
        const type = group.targetType ? ` <i>(${(0,src/* htmlText */.js)(group.targetType, 60)})</i>` : '';
        const summary = src.md.raw(`<b>${(0,src/* htmlText */.js)(group.target, 300)}</b>${type}: ${markdown_renderer_plural(group.findings.length, 'finding')} (${countsPhrase(group.findings)})`);
        builder.details({
            summary,
            open: group.findings.length <= collapseAbove,
            table: {
                headers: ['Severity', 'ID', 'Package / location', 'Installed → fixed', 'Title'],
                rows: group.findings.map((f) => findingRow(f, tripped)),
            },
        });
    }
}
/**
 * The scan's job summary within the byte budget: `markdown` to write, plus
 * whether it was cut and how many findings were left out.
 */
function renderMarkdownSummary(report, options = {}) {
    const builder = new SummaryBuilder({
        seeAlso: options.seeAlso ?? 'the SARIF and JSON reports',
        ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
    });
    appendScanSummary(builder, report, options);
    return builder.build();
}

;// CONCATENATED MODULE: ./packages/findings/src/log-table-renderer.ts



/** 256 KiB: a few thousand rows, which the log viewer still scrolls; the rest is in the reports. */
const LOG_TABLE_BUDGET_BYTES = 256 * 1024;
function log_table_renderer_where(finding) {
    const loc = finding.location;
    if (!loc)
        return '';
    if (!loc.startLine)
        return loc.path;
    return `${loc.path}:${loc.startLine}${loc.endLine && loc.endLine !== loc.startLine ? `-${loc.endLine}` : ''}`;
}
const COLUMNS = [
    { header: 'SEVERITY', max: 8, cell: (f) => f.severity.toUpperCase() },
    { header: 'ID', max: 32, cell: (f) => f.id },
    {
        header: 'PACKAGE / LOCATION',
        max: 40,
        cell: (f) => (f.kind === 'vulnerability' || f.kind === 'license' ? (f.packageName ?? '') : log_table_renderer_where(f)),
    },
    { header: 'INSTALLED', max: 24, cell: (f) => (f.kind === 'vulnerability' ? (f.packageVersion ?? '?') : '') },
    {
        header: 'FIXED',
        max: 24,
        cell: (f) => f.kind !== 'vulnerability'
            ? ''
            : f.fixedVersion
                ? f.fixedVersion
                : f.fixState === 'wont-fix'
                    ? "won't fix"
                    : 'no fix',
    },
    {
        header: 'TITLE',
        max: 80,
        cell: (f) => (f.kind === 'misconfiguration' && f.message ? `${f.title}: ${f.message}` : f.title),
    },
];
/** One line of report text, inert and bounded: see the module comment. */
function logCell(value, max) {
    const clean = (0,src/* stripInvisible */._0)(value.length > 4 * max ? value.slice(0, 4 * max) : value)
        .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
        .replace(/#{2}\[/g, '#\u2009#[')
        .replace(/ {2,}/g, ' ')
        .trim();
    return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}
function log_table_renderer_countsPhrase(findings) {
    const counts = countBySeverity(findings);
    return model_SEVERITIES.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(', ');
}
const log_table_renderer_plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
function renderLogTable(report, options = {}) {
    const findings = report.findings;
    if (findings.length === 0) {
        return { text: `No findings in ${log_table_renderer_plural(report.targets.length, 'scanned target')}.`, shown: 0, omitted: 0 };
    }
    const budget = options.budgetBytes ?? LOG_TABLE_BUDGET_BYTES;
    const tripped = new Set(options.tripped ?? []);
    const lines = [
        `${log_table_renderer_plural(findings.length, 'finding')} (${log_table_renderer_countsPhrase(findings)}) in ${log_table_renderer_plural(report.targets.length, 'target')}.`,
    ];
    if (tripped.size > 0) {
        lines.push(`* = at or above the gate's threshold${options.failOn ? ` (fail-on: ${logCell(options.failOn, 20)})` : ''}: ${log_table_renderer_plural(tripped.size, 'finding')}.`);
    }
    // The cut note is always affordable: its size is reserved from the start.
    const noteReserve = 400;
    let used = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    let shown = 0;
    let cut = false;
    for (const group of groupByTarget(findings)) {
        // Columns empty for the whole target (versions of a config file) are left out.
        const all = group.findings.map((f) => COLUMNS.map((column) => logCell(column.cell(f), column.max)));
        const keep = COLUMNS.map((column, i) => column.header === 'SEVERITY' ||
            column.header === 'ID' ||
            column.header === 'TITLE' ||
            all.some((row) => row[i] !== ''));
        const columns = COLUMNS.filter((_, i) => keep[i]);
        const cells = all.map((row) => row.filter((_, i) => keep[i]));
        const widths = columns.map((column, i) => Math.max(column.header.length, ...cells.map((row) => row[i].length)));
        const format = (row, mark) => `  ${mark} ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')}`.trimEnd();
        const type = group.targetType ? ` (${logCell(group.targetType, 40)})` : '';
        const head = [
            '',
            `Target: ${logCell(group.target, 200)}${type}: ${log_table_renderer_plural(group.findings.length, 'finding')} (${log_table_renderer_countsPhrase(group.findings)})`,
            format(columns.map((c) => c.header), ' '),
        ];
        const headBytes = head.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
        const firstRow = format(cells[0], tripped.has(group.findings[0]) ? '*' : ' ');
        if (used + headBytes + Buffer.byteLength(firstRow) + 1 + noteReserve > budget) {
            cut = true;
            break;
        }
        lines.push(...head);
        used += headBytes;
        for (let i = 0; i < cells.length; i++) {
            const line = format(cells[i], tripped.has(group.findings[i]) ? '*' : ' ');
            const bytes = Buffer.byteLength(line) + 1;
            if (used + bytes + noteReserve > budget) {
                cut = true;
                break;
            }
            lines.push(line);
            used += bytes;
            shown += 1;
        }
        if (cut)
            break;
    }
    const omitted = findings.length - shown;
    if (omitted > 0) {
        lines.push('', `… ${log_table_renderer_plural(omitted, 'more finding')} not shown (log budget ${Math.round(budget / 1024)} KiB); the full list is in ${logCell(options.seeAlso ?? 'the SARIF and JSON reports', 300)}.`);
    }
    return { text: lines.join('\n'), shown, omitted };
}

;// CONCATENATED MODULE: ./packages/findings/src/annotation-renderer.ts


function trippedSet(options) {
    if (options.gate)
        return new Set(options.gate.tripped);
    return options.tripped ? new Set(options.tripped) : undefined;
}
function annotationLevel(finding, tripped) {
    if (tripped) {
        if (tripped.has(finding))
            return 'error';
        return finding.severity === 'low' || finding.severity === 'unknown' ? 'notice' : 'warning';
    }
    switch (finding.severity) {
        case 'critical':
        case 'high':
            return 'error';
        case 'medium':
            return 'warning';
        default:
            return 'notice';
    }
}
/** e.g. "HIGH CVE-2024-1234 in openssl 3.1.2 (fixed in 3.1.3)". */
function annotationTitle(finding) {
    const severity = finding.severity.toUpperCase();
    switch (finding.kind) {
        case 'vulnerability': {
            const pkg = finding.packageName
                ? ` in ${finding.packageName}${finding.packageVersion ? ` ${finding.packageVersion}` : ''}`
                : '';
            const fix = finding.fixedVersion
                ? ` (fixed in ${finding.fixedVersion})`
                : finding.fixState === 'wont-fix'
                    ? " (won't fix)"
                    : ' (no fix yet)';
            return `${severity} ${finding.id}${pkg}${fix}`;
        }
        case 'misconfiguration':
            return `${severity} ${finding.id}: ${finding.title}`;
        case 'secret':
            return `${severity} secret (${finding.id}): ${finding.title}`;
        case 'license':
            return `${severity} license ${finding.id}${finding.packageName ? ` in ${finding.packageName}` : ''}`;
    }
}
function annotationMessage(finding) {
    const lines = [];
    switch (finding.kind) {
        case 'vulnerability':
            lines.push(finding.title);
            break;
        case 'misconfiguration':
            lines.push(finding.message ?? finding.title);
            if (finding.resolution)
                lines.push(`Resolution: ${finding.resolution}`);
            break;
        case 'secret':
            // The match is left out on purpose, even redacted: annotations are widely visible.
            lines.push(`${finding.title} (rule ${finding.id}). Remove it and rotate the credential.`);
            break;
        case 'license':
            lines.push(finding.title);
            break;
    }
    lines.push(`Target: ${finding.target}`);
    if (finding.primaryUrl)
        lines.push(finding.primaryUrl);
    return lines.join('\n');
}
function findingToAnnotation(finding, options = {}, tripped) {
    const set = tripped ?? trippedSet(options);
    const annotation = {
        level: annotationLevel(finding, set),
        title: annotationTitle(finding),
        message: annotationMessage(finding),
    };
    const loc = finding.location;
    const file = loc ? repoRelativePath(options.pathPrefix, loc.path) : undefined;
    if (loc && file) {
        annotation.file = file;
        if (loc.startLine) {
            annotation.startLine = loc.startLine;
            if (loc.endLine && loc.endLine >= loc.startLine)
                annotation.endLine = loc.endLine;
        }
    }
    return annotation;
}
/** All findings as annotations, most severe first (emitAnnotations then applies the budget). */
function findingsToAnnotations(findings, options = {}) {
    const tripped = trippedSet(options);
    return [...findings].sort(compareFindings).map((f) => findingToAnnotation(f, options, tripped));
}

;// CONCATENATED MODULE: ./packages/findings/src/grype-parser.ts



/**
 * Grype's JSON report (`grype -o json`) → ScanReport, the same model the
 * Trivy parser fills, so every renderer, the gate and the outputs behave the
 * same for both engines.
 *
 * One finding per vulnerability × package × target (one per entry of
 * `matches[]`); exact duplicates are dropped. The report is untrusted data,
 * and a report this parser does not understand must never read as "no
 * findings": every match must be an object with a `vulnerability` object
 * holding a non-empty `id` and an `artifact` object, and a severity must be
 * one of Grype's names; anything else is an InfrastructureError naming the
 * path that was unexpected. An absent severity is `unknown`.
 * `ignoredMatches[]` (matches a `.grype.yaml` ignore rule removed) are not
 * findings.
 *
 * How Grype's fields map onto the model, where the two tools differ:
 * - Severity: Critical/High/Medium/Low map to themselves; **Negligible → low**.
 *   Trivy has no "negligible": it reports Ubuntu's "negligible" and Debian's
 *   "unimportant" as LOW, so mapping Negligible to low makes both engines
 *   count, gate and render the same advisory the same way. Unknown or
 *   anything else → unknown.
 * - Fix state: Grype's `fix.state` is already fixed / not-fixed / wont-fix /
 *   unknown (Trivy's Status is mapped onto the same four). An empty state
 *   means fixed when versions are listed, unknown otherwise. Fixed versions
 *   are joined with ", " as Trivy writes several.
 * - Aliases: the ids of `relatedVulnerabilities` (CVE ↔ GHSA), deduplicated,
 *   without the finding's own id.
 * - CVSS: the highest v3 base score over the vulnerability's and its related
 *   records' `cvss[]` (a distro record often has none, its NVD record has one;
 *   Trivy's CVSS map likewise spans nvd, ghsa, redhat, ...).
 * - Target (what findings group under): an OS package's target is the distro
 *   (`<distro.name> <distro.version>`, e.g. "redhat 9.1"); a language
 *   package's is the path of the manifest/lockfile/archive it was found in,
 *   without the leading '/' Grype writes (Trivy's targets have none:
 *   "package-lock.json", "usr/local/bin/app"). Without a location, the
 *   ecosystem ("Node.js", "Java", ...), as Trivy names aggregated results.
 * - Location: only for directory scans, only for language packages, and only
 *   when the path stays inside the scanned tree; Grype gives no line numbers.
 * - Title: Grype has none; the first sentence of the description (else the id).
 */
const GRYPE_INFORMATION_URI = 'https://github.com/anchore/grype';
const grype_parser_PARSE_FAILURE = "Grype's JSON report could not be parsed";
function grype_parser_str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function grype_parser_objects(value) {
    return Array.isArray(value) ? value.filter(json/* isObject */.G) : [];
}
function grype_parser_strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v.trim() !== '') : [];
}
const GRYPE_SEVERITY_NAMES = ['Critical', 'High', 'Medium', 'Low', 'Negligible', 'Unknown'];
/** Grype's severity names → model severity. Negligible is `low` (see the module comment). */
function normalizeGrypeSeverity(value) {
    if (typeof value !== 'string')
        return 'unknown';
    switch (value.trim().toLowerCase()) {
        case 'critical':
            return 'critical';
        case 'high':
            return 'high';
        case 'medium':
            return 'medium';
        case 'low':
        case 'negligible':
            return 'low';
        default:
            return 'unknown';
    }
}
/** Grype's `fix.state` → fix state. An empty state with fixed versions is `fixed`. */
function normalizeGrypeFixState(state, versions = []) {
    switch (typeof state === 'string' ? state.trim().toLowerCase() : '') {
        case 'fixed':
            return 'fixed';
        case 'not-fixed':
            return 'not-fixed';
        case 'wont-fix':
            return 'wont-fix';
        case '':
            return versions.length > 0 ? 'fixed' : 'unknown';
        default:
            return 'unknown';
    }
}
/** Highest CVSS v3.x base score over any number of Grype `cvss[]` arrays. */
function highestGrypeCvssV3(...lists) {
    let best;
    for (const list of lists) {
        for (const entry of grype_parser_objects(list)) {
            const version = typeof entry.version === 'string' ? entry.version : '';
            if (!version.startsWith('3'))
                continue;
            const metrics = (0,json/* isObject */.G)(entry.metrics) ? entry.metrics : {};
            const score = metrics.baseScore;
            if (typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 10) {
                best = best === undefined ? score : Math.max(best, score);
            }
        }
    }
    return best;
}
/** Package types Grype matches against a distro's advisories (syft's OS package types). */
const OS_PACKAGE_TYPES = new Set(['apk', 'deb', 'rpm', 'alpm', 'portage', 'msrc-kb']);
/** Ecosystem names for language packages without a location, as Trivy names aggregated results. */
const ECOSYSTEMS = {
    npm: 'Node.js',
    python: 'Python',
    gem: 'Ruby',
    'java-archive': 'Java',
    'jenkins-plugin': 'Java',
    'graalvm-native-image': 'Java',
    'go-module': 'Go',
    'rust-crate': 'Rust',
    'php-composer': 'PHP',
    'php-pecl': 'PHP',
    'php-pear': 'PHP',
    dotnet: '.NET',
    hex: 'Elixir',
    'erlang-otp': 'Erlang',
    'dart-pub': 'Dart',
    swift: 'Swift',
    conan: 'Conan',
    pod: 'CocoaPods',
    hackage: 'Haskell',
    'lua-rocks': 'Lua',
    'github-action': 'GitHub Actions',
    'github-action-workflow': 'GitHub Actions',
};
/** Schemes Grype accepts before a source; userInput may carry one. */
const SOURCE_SCHEME = /^(registry|docker|podman|containerd|docker-archive|oci-archive|oci-dir|singularity|dir|file|sbom):/;
/** `ghcr.io/org/app:1.0@sha256:…` → `ghcr.io/org/app`. */
function repositoryOf(reference) {
    return reference.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
}
/** `docker.io/library/alpine` and `alpine` name the same repository. */
function canonicalRepository(repository) {
    const lower = repository.toLowerCase();
    const noHub = lower.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
    return noHub.replace(/^library\//, '');
}
/** An image reference rather than an archive or layout path (`/tmp/app.tar`, `./oci`). */
const REFERENCE_LIKE = /^[a-z0-9][a-z0-9._:/-]*$/;
const ARCHIVE_LIKE = /\.(tar|tgz|tar\.gz|sif)$/i;
/**
 * The image digest as repo@sha256:… (what Trivy reports): the repo digest of
 * the scanned repository when there are several, else the manifest digest
 * under the scanned repository, else the bare manifest digest.
 */
function pickImageDigest(userInput, target) {
    const repository = repositoryOf(userInput);
    const repoDigests = grype_parser_strings(target.repoDigests).filter((d) => d.includes('@'));
    if (repoDigests.length > 0) {
        const wanted = canonicalRepository(repository);
        return repoDigests.find((d) => canonicalRepository(d.split('@')[0] ?? '') === wanted) ?? repoDigests[0];
    }
    const manifestDigest = grype_parser_str(target.manifestDigest);
    if (!manifestDigest)
        return undefined;
    return REFERENCE_LIKE.test(repository) && !ARCHIVE_LIKE.test(repository)
        ? `${repository}@${manifestDigest}`
        : manifestDigest;
}
function describeSource(source) {
    if (!(0,json/* isObject */.G)(source))
        return { artifactName: '', artifactType: 'unknown', directory: false };
    const type = grype_parser_str(source.type);
    const target = source.target;
    switch (type) {
        case 'image': {
            const meta = (0,json/* isObject */.G)(target) ? target : {};
            const userInput = (grype_parser_str(meta.userInput) ?? grype_parser_strings(meta.tags)[0] ?? grype_parser_str(meta.imageID) ?? '').replace(SOURCE_SCHEME, '');
            const info = { artifactName: userInput, artifactType: 'image', directory: false };
            const digest = pickImageDigest(userInput, meta);
            if (digest)
                info.artifactDigest = digest;
            return info;
        }
        case 'directory':
            return { artifactName: grype_parser_str(target) ?? '', artifactType: 'filesystem', directory: true };
        case 'file':
            return { artifactName: grype_parser_str(target) ?? '', artifactType: 'filesystem', directory: false };
        default:
            // purl, purl-file, cpe, unknown (an SBOM without source metadata)
            return {
                artifactName: typeof target === 'string' && target !== 'unknown' ? target : '',
                artifactType: 'unknown',
                directory: false,
            };
    }
}
/** A relative, forward-slash path inside the scanned tree, or undefined. */
function treePath(path) {
    const relative = path
        .replace(/\\/g, '/')
        .replace(/^\/+/, '')
        .replace(/^(\.\/)+/, '');
    if (relative === '' || relative === '.' || /^[a-zA-Z]:/.test(relative))
        return undefined;
    if (relative.split('/').some((segment) => segment === '..'))
        return undefined;
    return relative;
}
/** "A ReDoS issue was discovered in … Ruby. More text" → the first sentence, on one line, at most ~120 characters. */
function titleFrom(description, id) {
    if (!description)
        return id;
    const line = description.replace(/\s+/g, ' ').trim();
    const sentence = /^(.+?[.!?])(?:\s|$)/.exec(line)?.[1] ?? line;
    if (sentence.length <= 120)
        return sentence;
    const cut = sentence.slice(0, 119);
    const space = cut.lastIndexOf(' ');
    return `${space > 60 ? cut.slice(0, space) : cut}…`;
}
function grype_parser_dedupeKey(finding) {
    return [finding.id, finding.packageName, finding.packageVersion, finding.target].join('\u0000');
}
/**
 * The shape every Grype match has; throws `unexpected(path, problem)` for
 * anything else, so that a renamed or moved field cannot hide a finding.
 */
function checkMatch(match, path, unexpected) {
    if (!(0,json/* isObject */.G)(match))
        unexpected(path, `is ${describeJson(match)}, expected an object`);
    const { vulnerability, artifact } = match;
    if (!(0,json/* isObject */.G)(vulnerability))
        unexpected(`${path}.vulnerability`, `is ${describeJson(vulnerability)}, expected an object`);
    if (!(0,json/* isObject */.G)(artifact))
        unexpected(`${path}.artifact`, `is ${describeJson(artifact)}, expected an object`);
    const id = grype_parser_str(vulnerability.id)?.trim();
    if (!id)
        unexpected(`${path}.vulnerability.id`, `is ${describeJson(vulnerability.id)}, expected a non-empty string`);
    const raw = vulnerability.severity;
    if (raw !== undefined &&
        raw !== '' &&
        (typeof raw !== 'string' || !GRYPE_SEVERITY_NAMES.some((name) => name.toLowerCase() === raw.trim().toLowerCase()))) {
        unexpected(`${path}.vulnerability.severity`, `is ${describeJson(raw)}, not one of ${GRYPE_SEVERITY_NAMES.join(', ')}`);
    }
    return { vulnerability, artifact, id, severity: normalizeGrypeSeverity(raw) };
}
function matchToFinding(checked, match, context) {
    const { vulnerability, artifact, id } = checked;
    const related = grype_parser_objects(match.relatedVulnerabilities);
    const fix = (0,json/* isObject */.G)(vulnerability.fix) ? vulnerability.fix : {};
    const fixedVersions = [...new Set(grype_parser_strings(fix.versions))];
    const aliases = [
        ...new Set(related.map((r) => grype_parser_str(r.id)?.trim()).filter((a) => a !== undefined && a !== id)),
    ];
    const description = grype_parser_str(vulnerability.description) ?? related.map((r) => grype_parser_str(r.description)).find((d) => d !== undefined);
    const references = [...new Set([...grype_parser_strings(vulnerability.urls), ...related.flatMap((r) => grype_parser_strings(r.urls))])];
    const type = grype_parser_str(artifact.type);
    const isOsPackage = type !== undefined && OS_PACKAGE_TYPES.has(type);
    const firstPath = grype_parser_objects(artifact.locations)
        .map((l) => grype_parser_str(l.path))
        .find((p) => p !== undefined);
    const relativePath = firstPath ? treePath(firstPath) : undefined;
    let target;
    if (isOsPackage) {
        target = context.distroTarget ?? relativePath ?? (context.source.artifactName || type);
    }
    else {
        target =
            relativePath ?? (type ? ECOSYSTEMS[type] : undefined) ?? (context.source.artifactName || type || 'unknown');
    }
    const finding = {
        kind: 'vulnerability',
        id,
        aliases,
        severity: checked.severity,
        title: titleFrom(description, id),
        target,
        references,
        fixState: normalizeGrypeFixState(fix.state, fixedVersions),
    };
    return withOptional(finding, {
        description,
        targetType: isOsPackage ? (context.distroName ?? type) : type,
        packageName: grype_parser_str(artifact.name),
        packageVersion: grype_parser_str(artifact.version),
        purl: grype_parser_str(artifact.purl),
        fixedVersion: fixedVersions.length > 0 ? fixedVersions.join(', ') : undefined,
        primaryUrl: grype_parser_str(vulnerability.dataSource) ?? references[0],
        cvssScore: highestGrypeCvssV3(vulnerability.cvss, ...related.map((r) => r.cvss)),
        // A lockfile/manifest in the scanned directory is the file to point at; OS packages have none.
        location: context.source.directory && !isOsPackage && relativePath ? { path: relativePath } : undefined,
    });
}
/** Parses Grype's JSON text (or bytes). Throws InfrastructureError on anything unusable. */
function parseGrypeReport(input, options = {}) {
    return grypeReportFromJson(parseReportJson(input, grype_parser_PARSE_FAILURE, 'Grype', options.source), options);
}
function notGrypeHint(data) {
    if ('bomFormat' in data)
        return ' (this looks like a CycloneDX document: run Grype with `-o json`)';
    if ('spdxVersion' in data)
        return ' (this looks like an SPDX document, not a Grype report)';
    if ('runs' in data && 'version' in data)
        return ' (this looks like SARIF: run Grype with `-o json`)';
    if ('SchemaVersion' in data || 'Results' in data)
        return ' (this looks like a Trivy report)';
    if ('artifacts' in data && 'source' in data)
        return ' (this looks like a Syft SBOM, not a Grype report)';
    return '';
}
/** Converts an already-parsed Grype JSON document. */
function grypeReportFromJson(data, options = {}) {
    const from = options.source ? ` (${options.source})` : '';
    if (!(0,json/* isObject */.G)(data)) {
        throw new src/* InfrastructureError */.EN(`${grype_parser_PARSE_FAILURE}${from}: expected a JSON object, got ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data}`);
    }
    const descriptor = (0,json/* isObject */.G)(data.descriptor) ? data.descriptor : undefined;
    const isGrype = descriptor?.name === 'grype';
    if (!Array.isArray(data.matches) && !(isGrype && (data.matches === undefined || data.matches === null))) {
        const got = 'matches' in data ? 'a `matches` field that is not an array' : 'no `matches` array';
        throw new src/* InfrastructureError */.EN(`${grype_parser_PARSE_FAILURE}${from}: it has ${got}${notGrypeHint(data)}; this action reads \`grype -o json\` reports`);
    }
    const source = describeSource(data.source);
    if (options.artifactType)
        source.artifactType = options.artifactType;
    if (options.artifactType && options.artifactType !== 'filesystem' && options.artifactType !== 'repository')
        source.directory = false;
    const distro = (0,json/* isObject */.G)(data.distro) ? data.distro : {};
    const distroName = grype_parser_str(distro.name)?.trim();
    const distroTarget = distroName ? [distroName, grype_parser_str(distro.version)?.trim()].filter(Boolean).join(' ') : undefined;
    const context = {
        source,
        ...(distroTarget ? { distroTarget } : {}),
        ...(distroName ? { distroName } : {}),
    };
    const findings = [];
    const seen = new Set();
    const targets = new Set();
    if (distroTarget)
        targets.add(distroTarget);
    const unexpected = (path, problem) => {
        throw new src/* InfrastructureError */.EN(`${grype_parser_PARSE_FAILURE}${from}: unexpected report shape: ${path} ${problem}. The report was not used (an unreadable report never ` +
            'counts as "no findings"); check that the Grype version writes the `-o json` format this action reads.');
    };
    const matches = Array.isArray(data.matches) ? data.matches : [];
    for (const [index, match] of matches.entries()) {
        const checked = checkMatch(match, `matches[${index}]`, unexpected);
        const finding = matchToFinding(checked, match, context);
        const key = grype_parser_dedupeKey(finding);
        if (seen.has(key))
            continue;
        seen.add(key);
        targets.add(finding.target);
        findings.push(finding);
    }
    const report = {
        tool: { name: 'Grype', informationUri: GRYPE_INFORMATION_URI },
        artifactName: source.artifactName,
        artifactType: source.artifactType,
        findings,
        targets: [...targets],
    };
    // Development builds and Grype's own test snapshots say "[not provided]".
    const version = grype_parser_str(descriptor?.version)?.trim();
    if (version && !/^\[.*\]$/.test(version))
        report.tool.version = version.replace(/^v(?=\d)/, '');
    if (source.artifactDigest)
        report.artifactDigest = source.artifactDigest;
    return report;
}

// EXTERNAL MODULE: ./packages/vocabulary/src/digest.ts
var src_digest = __nccwpck_require__(876);
;// CONCATENATED MODULE: ./packages/findings/src/vex.ts


/**
 * OpenVEX documents (https://openvex.dev, spec v0.2.0; v0.0.x documents are
 * read too) and applying them to findings.
 *
 * This runs in our code, after parsing, for **both** engines: the same VEX
 * file suppresses the same findings whether Trivy or Grype scanned, and the
 * suppressed findings (with the statement that suppressed them) are kept for
 * the summary instead of vanishing inside a scanner. Neither scanner is given
 * the documents.
 *
 * A statement suppresses a finding when all of these hold:
 * - its status is `not_affected` or `fixed` (`affected` and
 *   `under_investigation` never suppress; they do override an older
 *   `not_affected`, see below);
 * - its vulnerability name or one of its aliases equals the finding's id or
 *   one of the finding's aliases (CVE ↔ GHSA), case-insensitively;
 * - it has no products (it applies to everything scanned), or one product
 *   matches:
 *   - a package URL matches the finding's purl on type, namespace and name;
 *     version, qualifiers and subpath are compared only when the statement's
 *     purl has them (`pkg:npm/lodash` covers every lodash; `…@4.17.20` only
 *     that version; `?arch=x86_64` only that arch);
 *   - an image (an OCI purl `pkg:oci/app@sha256%3A…?repository_url=…`, a
 *     reference `ghcr.io/org/app[:tag][@sha256:…]`, a bare `sha256:…`, or a
 *     `hashes.sha-256`) matches the scanned image by digest, or by repository
 *     (and tag, when given) when it has no digest. When that product lists
 *     `subcomponents`, the finding's purl must match one of them; without,
 *     the statement covers every finding in the image.
 * - Of all statements that apply to a finding, the latest wins (statement
 *   timestamp, else its document's; at equal or missing times the one read
 *   last): a newer `affected` brings back a finding an older `not_affected`
 *   suppressed.
 *
 * CPE identifiers are not matched (neither scanner gives one per finding in
 * our model).
 */
const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';
/** `https://openvex.dev/ns`, `…/ns/v0.0.1`, `…/ns/v0.2.0` and other 0.x releases. */
const CONTEXT_PATTERN = /^https:\/\/openvex\.dev\/ns(?:\/v0\.\d+\.\d+)?\/?$/;
const VEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'];
const VEX_JUSTIFICATIONS = [
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist',
];
function vex_str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** A short, quoted rendering of an untrusted value for messages. */
function shown(value) {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    return `'${label(text)}'`;
}
/** An untrusted name for messages: no control characters, bounded. */
function label(value) {
    return [...value.slice(0, 80)]
        .map((c) => (c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f) ? ' ' : c))
        .join('');
}
function fail(source, detail, cause) {
    throw new src/* ConfigurationError */.j1(`VEX document ${source}: ${detail}`, cause === undefined ? undefined : { cause });
}
function timestampOf(value, source, where) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
        fail(source, `${where} has an invalid timestamp ${shown(value)} (expected ISO 8601, e.g. 2024-05-01T12:00:00Z).`);
    }
    return value;
}
/** Identifiers of a component: strings (v0.0.x) or {@id, identifiers{purl,…}, hashes{sha-256,…}} (v0.2.0). */
function componentOf(value, source, where) {
    if (typeof value === 'string') {
        if (value.trim() === '')
            fail(source, `${where} is an empty string.`);
        return { identifiers: [value.trim()] };
    }
    if (!(0,json/* isObject */.G)(value))
        fail(source, `${where} must be an object or a string, got ${shown(value)}.`);
    const identifiers = [];
    const id = vex_str(value['@id']);
    if (id)
        identifiers.push(id);
    if (value.identifiers !== undefined) {
        if (!(0,json/* isObject */.G)(value.identifiers))
            fail(source, `${where}: \`identifiers\` must be an object.`);
        const purl = vex_str(value.identifiers.purl);
        if (purl)
            identifiers.push(purl);
    }
    if (value.hashes !== undefined) {
        if (!(0,json/* isObject */.G)(value.hashes))
            fail(source, `${where}: \`hashes\` must be an object.`);
        const sha256 = vex_str(value.hashes['sha-256']) ?? vex_str(value.hashes.sha256);
        if (sha256)
            identifiers.push(`sha256:${sha256.toLowerCase().replace(/^sha256:/, '')}`);
    }
    // CPEs are kept for display; they never match (see the module comment).
    const cpe = (0,json/* isObject */.G)(value.identifiers) ? (vex_str(value.identifiers.cpe23) ?? vex_str(value.identifiers.cpe22)) : undefined;
    if (cpe)
        identifiers.push(cpe);
    if (identifiers.length === 0) {
        fail(source, `${where} identifies nothing: give it an @id, identifiers.purl or hashes.sha-256.`);
    }
    return { identifiers: [...new Set(identifiers)] };
}
function componentList(value, source, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        fail(source, `${where} must be an array.`);
    return value.map((item, i) => componentOf(item, source, `${where}[${i}]`));
}
function statementOf(value, index, source, documentTime) {
    const where = `statement ${index + 1}`;
    if (!(0,json/* isObject */.G)(value))
        fail(source, `${where} must be an object.`);
    let vulnerability;
    let aliases = [];
    if (typeof value.vulnerability === 'string') {
        vulnerability = vex_str(value.vulnerability);
    }
    else if ((0,json/* isObject */.G)(value.vulnerability)) {
        vulnerability = vex_str(value.vulnerability.name);
        const rawAliases = value.vulnerability.aliases;
        if (rawAliases !== undefined && !Array.isArray(rawAliases))
            fail(source, `${where}: vulnerability.aliases must be an array of strings.`);
        aliases = (rawAliases ?? [])
            .map((a) => vex_str(a))
            .filter((a) => a !== undefined);
    }
    if (!vulnerability)
        fail(source, `${where} has no vulnerability name (expected "vulnerability": {"name": "CVE-…"}).`);
    const status = value.status;
    if (typeof status !== 'string' || !VEX_STATUSES.includes(status)) {
        fail(source, `${where} (${label(vulnerability)}): status ${shown(status)} is not one of ${VEX_STATUSES.join(', ')}.`);
    }
    const justification = vex_str(value.justification);
    if (justification && !VEX_JUSTIFICATIONS.includes(justification)) {
        fail(source, `${where} (${label(vulnerability)}): justification ${shown(justification)} is not one of ${VEX_JUSTIFICATIONS.join(', ')}.`);
    }
    const impactStatement = vex_str(value.impact_statement);
    if (status === 'not_affected' && !justification && !impactStatement) {
        fail(source, `${where} (${label(vulnerability)}): a not_affected statement needs a justification or an impact_statement.`);
    }
    const statementSubcomponents = componentList(value.subcomponents, source, `${where} subcomponents`);
    if (value.products !== undefined && value.products !== null && !Array.isArray(value.products)) {
        fail(source, `${where} (${label(vulnerability)}): products must be an array.`);
    }
    const products = (value.products ?? []).map((item, i) => {
        const component = componentOf(item, source, `${where} product ${i + 1}`);
        const nested = (0,json/* isObject */.G)(item)
            ? componentList(item.subcomponents, source, `${where} product ${i + 1} subcomponents`)
            : [];
        return { ...component, subcomponents: [...nested, ...statementSubcomponents] };
    });
    // v0.0.x: subcomponents next to products; with no products they still narrow the statement.
    if (products.length === 0 && statementSubcomponents.length > 0) {
        products.push(...statementSubcomponents.map((c) => ({ identifiers: c.identifiers, subcomponents: [] })));
    }
    const statement = {
        vulnerability,
        aliases: [...new Set(aliases)],
        status: status,
        products,
    };
    if (justification)
        statement.justification = justification;
    if (impactStatement)
        statement.impactStatement = impactStatement;
    const timestamp = timestampOf(value.timestamp, source, where) ?? documentTime;
    if (timestamp)
        statement.timestamp = timestamp;
    return statement;
}
function notOpenVexHint(data) {
    if ((0,json/* isObject */.G)(data.document) && data.document.category === 'csaf_vex')
        return ' It looks like CSAF VEX; convert it to OpenVEX (e.g. `vexctl`).';
    if ('bomFormat' in data)
        return ' It looks like CycloneDX; only OpenVEX documents are read.';
    return '';
}
/** Reads one OpenVEX document. Throws ConfigurationError naming `options.source` when it is not one. */
function parseVexDocument(input, options) {
    const text = (typeof input === 'string' ? input : Buffer.from(input).toString('utf8')).replace(/^\uFEFF/, '');
    if (text.trim() === '')
        fail(options.source, 'the file is empty.');
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        fail(options.source, `not valid JSON: ${error instanceof Error ? error.message : String(error)}.`, error);
    }
    return vexDocumentFromJson(data, options);
}
/** Converts an already-parsed OpenVEX document. */
function vexDocumentFromJson(data, options) {
    const { source } = options;
    if (!(0,json/* isObject */.G)(data))
        fail(source, `expected a JSON object, got ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data}.`);
    const contexts = Array.isArray(data['@context']) ? data['@context'] : [data['@context']];
    if (!contexts.some((c) => typeof c === 'string' && CONTEXT_PATTERN.test(c))) {
        const got = data['@context'] === undefined ? 'no @context' : `@context ${shown(data['@context'])}`;
        fail(source, `not an OpenVEX document: it has ${got}; expected "${OPENVEX_CONTEXT}".${notOpenVexHint(data)}`);
    }
    if (!Array.isArray(data.statements))
        fail(source, 'has no `statements` array.');
    const timestamp = timestampOf(data.timestamp, source, 'the document');
    const document = {
        source,
        statements: data.statements.map((s, i) => statementOf(s, i, source, timestamp)),
    };
    const id = vex_str(data['@id']);
    if (id)
        document.id = id;
    const author = vex_str(data.author);
    if (author)
        document.author = author;
    if (timestamp)
        document.timestamp = timestamp;
    return document;
}
// ---- matching ----
function decode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
/** pkg:type/namespace/name@version?qualifiers#subpath (lenient: enough to compare). */
function parsePackageUrl(value) {
    if (!/^pkg:/i.test(value))
        return undefined;
    let rest = value.slice(4).replace(/^\/+/, '');
    let subpath;
    const hash = rest.indexOf('#');
    if (hash >= 0) {
        subpath = decode(rest.slice(hash + 1)).replace(/^\/+|\/+$/g, '') || undefined;
        rest = rest.slice(0, hash);
    }
    const qualifiers = new Map();
    const question = rest.indexOf('?');
    if (question >= 0) {
        for (const pair of rest.slice(question + 1).split('&')) {
            const eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            const key = pair.slice(0, eq).toLowerCase();
            const val = decode(pair.slice(eq + 1));
            if (val !== '')
                qualifiers.set(key, val);
        }
        rest = rest.slice(0, question);
    }
    let version;
    // The version follows an '@' in the last segment (a raw '@' may start an npm scope).
    const at = rest.indexOf('@', rest.lastIndexOf('/') + 1);
    if (at >= 0) {
        version = decode(rest.slice(at + 1)) || undefined;
        rest = rest.slice(0, at);
    }
    const segments = rest.split('/').filter((s) => s !== '');
    const type = segments.shift()?.toLowerCase();
    const name = segments.pop();
    if (!type || !name)
        return undefined;
    const purl = { type, namespace: segments.map(decode).join('/'), name: decode(name), qualifiers };
    if (version)
        purl.version = version;
    if (subpath)
        purl.subpath = subpath;
    return purl;
}
/** True when `pattern` (from a statement) covers `purl` (a finding's). */
function packageUrlMatches(pattern, purl) {
    if (!purl)
        return false;
    const p = parsePackageUrl(pattern);
    const f = parsePackageUrl(purl);
    if (!p || !f)
        return false;
    if (p.type !== f.type ||
        p.name.toLowerCase() !== f.name.toLowerCase() ||
        p.namespace.toLowerCase() !== f.namespace.toLowerCase()) {
        return false;
    }
    if (p.version !== undefined && p.version !== f.version)
        return false;
    if (p.subpath !== undefined && p.subpath !== f.subpath)
        return false;
    for (const [key, value] of p.qualifiers) {
        if (f.qualifiers.get(key) !== value)
            return false;
    }
    return true;
}
function vex_canonicalRepository(repository) {
    return repository
        .toLowerCase()
        .replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
        .replace(/^library\//, '');
}
/** ghcr.io/org/app:1.0@sha256:… | sha256:… | pkg:oci/app@sha256%3A…?repository_url=…&tag=… */
function parseImage(value) {
    const text = value.trim();
    if (src_digest/* SHA256_DIGEST */.fu.test(text.toLowerCase()))
        return { digest: text.toLowerCase() };
    if (/^pkg:/i.test(text)) {
        const purl = parsePackageUrl(text);
        if (!purl || purl.type !== 'oci')
            return undefined;
        const ref = {};
        if (purl.version && src_digest/* SHA256_DIGEST */.fu.test(purl.version.toLowerCase()))
            ref.digest = purl.version.toLowerCase();
        const repositoryUrl = purl.qualifiers.get('repository_url');
        if (repositoryUrl)
            ref.repository = vex_canonicalRepository(repositoryUrl.replace(/^[a-z]+:\/\//, ''));
        const tag = purl.qualifiers.get('tag');
        if (tag)
            ref.tag = tag;
        return ref.digest || ref.repository ? ref : undefined;
    }
    if (text.includes('://') || /\s/.test(text) || /^cpe:/i.test(text))
        return undefined;
    const at = text.indexOf('@');
    const ref = {};
    let name = text;
    if (at >= 0) {
        const digest = text.slice(at + 1).toLowerCase();
        if (!src_digest/* SHA256_DIGEST */.fu.test(digest))
            return undefined;
        ref.digest = digest;
        name = text.slice(0, at);
    }
    const tagMatch = /:([\w][\w.-]{0,127})$/.exec(name);
    if (tagMatch) {
        ref.tag = tagMatch[1];
        name = name.slice(0, tagMatch.index);
    }
    if (name)
        ref.repository = vex_canonicalRepository(name);
    return ref.digest || ref.repository ? ref : undefined;
}
function artifactIdentity(options) {
    const identity = { repositories: new Set(), tags: new Set(), digests: new Set() };
    for (const value of [options.artifactName, options.artifactDigest]) {
        if (!value)
            continue;
        const ref = parseImage(value);
        if (!ref)
            continue;
        if (ref.repository)
            identity.repositories.add(ref.repository);
        if (ref.tag)
            identity.tags.add(ref.tag);
        if (ref.digest)
            identity.digests.add(ref.digest);
    }
    return identity;
}
function imageMatches(identifier, artifact) {
    const ref = parseImage(identifier);
    if (!ref)
        return false;
    if (ref.digest)
        return artifact.digests.has(ref.digest);
    if (!ref.repository || !artifact.repositories.has(ref.repository))
        return false;
    return ref.tag === undefined || artifact.tags.has(ref.tag);
}
function statementApplies(statement, finding, artifact) {
    if (statement.products.length === 0)
        return true;
    return statement.products.some((product) => {
        if (product.identifiers.some((id) => packageUrlMatches(id, finding.purl)))
            return true;
        if (!product.identifiers.some((id) => imageMatches(id, artifact)))
            return false;
        if (product.subcomponents.length === 0)
            return true;
        return product.subcomponents.some((sub) => sub.identifiers.some((id) => packageUrlMatches(id, finding.purl)));
    });
}
/** Convenience: the artifact fields of a report, for `applyVex`. */
function vexArtifactOf(report) {
    return {
        artifactName: report.artifactName,
        ...(report.artifactDigest ? { artifactDigest: report.artifactDigest } : {}),
    };
}
function timeOf(statement) {
    const time = statement.timestamp ? Date.parse(statement.timestamp) : Number.NaN;
    return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
/**
 * Splits findings into kept and suppressed by the documents' statements (see
 * the module comment for the matching rules). Order of `kept` is preserved.
 */
function applyVex(findings, documents, options = {}) {
    const artifact = artifactIdentity(options);
    // Index by upper-cased vulnerability name and alias; keep reading order for ties.
    const byVulnerability = new Map();
    let order = 0;
    for (const document of documents) {
        for (const statement of document.statements) {
            const entry = { statement, source: document.source, order: order++ };
            for (const name of new Set([statement.vulnerability, ...statement.aliases].map((n) => n.toUpperCase()))) {
                const list = byVulnerability.get(name) ?? [];
                list.push(entry);
                byVulnerability.set(name, list);
            }
        }
    }
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
        const candidates = new Map();
        for (const id of [finding.id, ...finding.aliases]) {
            for (const entry of byVulnerability.get(id.toUpperCase()) ?? [])
                candidates.set(entry.order, entry);
        }
        let winner;
        for (const entry of candidates.values()) {
            if (!statementApplies(entry.statement, finding, artifact))
                continue;
            if (!winner ||
                timeOf(entry.statement) > timeOf(winner.statement) ||
                (timeOf(entry.statement) === timeOf(winner.statement) && entry.order > winner.order)) {
                winner = entry;
            }
        }
        if (winner && (winner.statement.status === 'not_affected' || winner.statement.status === 'fixed')) {
            const { statement } = winner;
            suppressed.push({
                finding,
                statement: {
                    status: statement.status,
                    ...(statement.justification ? { justification: statement.justification } : {}),
                    ...(statement.impactStatement ? { impactStatement: statement.impactStatement } : {}),
                    vulnerability: statement.vulnerability,
                    products: statement.products.map((p) => p.identifiers[0] ?? ''),
                    ...(statement.timestamp ? { timestamp: statement.timestamp } : {}),
                    source: winner.source,
                },
            });
        }
        else {
            kept.push(finding);
        }
    }
    return { kept, suppressed };
}

;// CONCATENATED MODULE: ./packages/findings/src/baseline.ts





const CVE = /^CVE-\d{4}-\d+$/i;
/** The identifier a finding is keyed by: its CVE when it has one, else its id (upper-cased). */
function canonicalId(finding) {
    const ids = [finding.id, ...finding.aliases].map((id) => id.trim().toUpperCase());
    if (finding.kind !== 'vulnerability')
        return ids[0] ?? '';
    const cves = ids.filter((id) => CVE.test(id)).sort();
    return cves[0] ?? ids[0] ?? '';
}
/** The target a finding is keyed by (see the module comment for OS targets). */
function canonicalTarget(finding) {
    const target = finding.target.trim().replace(/\\/g, '/');
    const lower = target.toLowerCase();
    const type = finding.targetType?.toLowerCase();
    if (type) {
        // Trivy: "<image or path> (<os> <version>)", the version possibly with parentheses ("2 (Karoo)").
        if (lower.endsWith(')') && lower.includes(` (${type} `))
            return `os:${type}`;
        // Grype: "<distro> <version>".
        if (!target.includes('/') && lower.startsWith(`${type} `))
            return `os:${type}`;
    }
    const trivyOs = /^[^()]+ \(([A-Za-z][\w.-]*) .*\)$/.exec(target);
    if (trivyOs?.[1])
        return `os:${trivyOs[1].toLowerCase()}`;
    return target.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
}
/** Stable identity of a finding across scans (see the module comment for what is left out and why). */
function findingKey(finding) {
    return [finding.kind, canonicalId(finding), finding.packageName ?? '', canonicalTarget(finding)].join('\u0000');
}
function group(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const key = findingKey(finding);
        const list = groups.get(key);
        if (list)
            list.push(finding);
        else
            groups.set(key, [finding]);
    }
    return groups;
}
/** Pairs findings of one key: the same message first, then in order. */
function pair(current, baseline) {
    const remaining = [...baseline];
    const unmatched = [];
    const unchanged = [];
    for (const finding of current) {
        const index = remaining.findIndex((b) => (b.message ?? '') === (finding.message ?? ''));
        if (index >= 0) {
            remaining.splice(index, 1);
            unchanged.push(finding);
        }
        else {
            unmatched.push(finding);
        }
    }
    const added = [];
    for (const finding of unmatched) {
        if (remaining.length > 0) {
            remaining.shift();
            unchanged.push(finding);
        }
        else {
            added.push(finding);
        }
    }
    return { added, fixed: remaining, unchanged };
}
/** New, fixed and unchanged findings, each list most severe first. */
function diffAgainstBaseline(current, baseline) {
    const before = group(baseline);
    const diff = { added: [], fixed: [], unchanged: [] };
    for (const [key, findings] of group(current)) {
        const paired = pair(findings, before.get(key) ?? []);
        before.delete(key);
        diff.added.push(...paired.added);
        diff.fixed.push(...paired.fixed);
        diff.unchanged.push(...paired.unchanged);
    }
    for (const findings of before.values())
        diff.fixed.push(...findings);
    diff.added.sort(compareFindings);
    diff.fixed.sort(compareFindings);
    diff.unchanged.sort(compareFindings);
    return diff;
}
/** Which scanner wrote a JSON report, from its shape. */
function detectReportFormat(data) {
    if (!(0,json/* isObject */.G)(data))
        return undefined;
    if ('SchemaVersion' in data)
        return 'trivy';
    const descriptor = (0,json/* isObject */.G)(data.descriptor) ? data.descriptor : {};
    if (Array.isArray(data.matches) && descriptor.name === 'grype')
        return 'grype';
    return undefined;
}
/**
 * A baseline report file (Trivy `--format json` or Grype `-o json`, detected
 * from its content) → ScanReport. Anything unreadable is the user's input to
 * fix: a ConfigurationError naming `source`.
 */
function parseBaselineReport(text, source) {
    const where = `The baseline report ${source}`;
    if (text.trim() === '')
        throw new src/* ConfigurationError */.j1(`${where} is empty`);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${where} is not JSON: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    const format = detectReportFormat(data);
    try {
        if (format === 'trivy')
            return trivyReportFromJson(data, { source });
        if (format === 'grype')
            return grypeReportFromJson(data, { source });
    }
    catch (error) {
        if (error instanceof src/* InfrastructureError */.EN)
            throw new src/* ConfigurationError */.j1(`${where} cannot be used: ${error.message}`, { cause: error });
        throw error;
    }
    throw new src/* ConfigurationError */.j1(`${where} is neither a Trivy JSON report (with SchemaVersion) nor a Grype JSON report (with matches and descriptor.name "grype"): ` +
        "pass the scan's `json-file` output of an earlier run");
}

;// CONCATENATED MODULE: ./packages/findings/src/cyclonedx-vuln-renderer.ts



/**
 * ScanReport → a CycloneDX 1.6 JSON document of the vulnerabilities found
 * (a vulnerability disclosure report: the scanned artifact as
 * `metadata.component`, the affected packages as `components`, and one
 * `vulnerabilities` entry per identifier affecting one or more of them).
 *
 * - Components are the packages named by vulnerability findings, one per
 *   package URL (or, without one, per target + name + version); `bom-ref` is
 *   the purl, else that stable key, so the same package gets the same
 *   reference in every run.
 * - Ratings: the scanner's verdict as a severity-only rating, plus the
 *   highest CVSS v3 base score with its band when known (the two can differ:
 *   a distribution rates a flaw in its package lower than NVD does).
 * - `affects` lists each package with its installed version as affected and
 *   its fixed versions as unaffected; `recommendation` says what to upgrade.
 * - Misconfigurations, secrets and license findings are not vulnerabilities
 *   in CycloneDX's sense and are left out (counted in `omitted`).
 * Text from the report is stripped of invisible characters; links are kept
 * only when they are http(s) URLs.
 */
const CYCLONEDX_SPEC_VERSION = '1.6';
function cyclonedx_vuln_renderer_clean(value) {
    return (0,src/* stripInvisible */._0)(value).trim();
}
/** Where an identifier comes from, when its form says so. */
function vulnerabilitySource(id, fallbackUrl) {
    if (/^CVE-\d{4}-\d+$/i.test(id))
        return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id.toUpperCase()}` };
    if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i.test(id))
        return { name: 'GitHub Advisory Database', url: `https://github.com/advisories/${id}` };
    const url = (0,src/* safeUrl */.Pl)(fallbackUrl);
    return url ? { url } : {};
}
function componentRef(finding) {
    if (finding.purl)
        return cyclonedx_vuln_renderer_clean(finding.purl);
    return `scs:component:${cyclonedx_vuln_renderer_clean(finding.target)}:${cyclonedx_vuln_renderer_clean(finding.packageName ?? 'unknown')}@${cyclonedx_vuln_renderer_clean(finding.packageVersion ?? '')}`;
}
function splitVersions(value) {
    if (!value)
        return [];
    return [
        ...new Set(value
            .split(',')
            .map((v) => cyclonedx_vuln_renderer_clean(v))
            .filter((v) => v !== '')),
    ];
}
function artifactComponentType(type) {
    return type === 'image' ? 'container' : 'application';
}
/** The affected packages (one component per reference) and the findings grouped by vulnerability id. */
function collectComponents(vulns) {
    const components = new Map();
    const byId = new Map();
    for (const finding of vulns) {
        const ref = componentRef(finding);
        if (!components.has(ref)) {
            const component = {
                'bom-ref': ref,
                type: 'library',
                name: cyclonedx_vuln_renderer_clean(finding.packageName ?? '') || 'unknown',
            };
            if (finding.packageVersion)
                component.version = cyclonedx_vuln_renderer_clean(finding.packageVersion);
            if (finding.purl)
                component.purl = cyclonedx_vuln_renderer_clean(finding.purl);
            component.properties = [{ name: 'scs:target', value: cyclonedx_vuln_renderer_clean(finding.target) }];
            components.set(ref, component);
        }
        else {
            const properties = components.get(ref)?.properties;
            if (!properties.some((p) => p.value === cyclonedx_vuln_renderer_clean(finding.target)))
                properties.push({ name: 'scs:target', value: cyclonedx_vuln_renderer_clean(finding.target) });
        }
        const id = cyclonedx_vuln_renderer_clean(finding.id);
        const list = byId.get(id);
        if (list)
            list.push(finding);
        else
            byId.set(id, [finding]);
    }
    return { components, byId };
}
/** The scanner's severities, most severe first, plus the highest CVSS v3 score with its band. */
function ratingsOf(findings) {
    const ratings = [];
    const severities = [...new Set(findings.map((f) => f.severity))].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a]);
    for (const severity of severities)
        ratings.push({ severity });
    const scores = findings.map((f) => f.cvssScore).filter((s) => s !== undefined);
    if (scores.length > 0) {
        const score = Math.max(...scores);
        ratings.push({ score, severity: cvssV3Severity(score), method: 'CVSSv3' });
    }
    return ratings;
}
/** Each affected package once (installed version affected, fixed versions unaffected) and what to upgrade. */
function affectsOf(findings) {
    const upgrades = new Map();
    const affects = new Map();
    for (const finding of findings) {
        const ref = componentRef(finding);
        const fixed = splitVersions(finding.fixedVersion);
        if (finding.packageName && fixed.length > 0)
            upgrades.set(cyclonedx_vuln_renderer_clean(finding.packageName), fixed.join(', '));
        if (affects.has(ref))
            continue;
        const versions = [];
        if (finding.packageVersion)
            versions.push({ version: cyclonedx_vuln_renderer_clean(finding.packageVersion), status: 'affected' });
        for (const version of fixed) {
            if (version !== finding.packageVersion)
                versions.push({ version, status: 'unaffected' });
        }
        affects.set(ref, versions.length > 0 ? { ref, versions } : { ref });
    }
    let recommendation;
    if (upgrades.size > 0) {
        recommendation = `Upgrade ${[...upgrades].map(([name, version]) => `${name} to ${version}`).join('; ')}.`;
    }
    else if (findings.every((f) => f.fixState === 'wont-fix')) {
        recommendation = "The maintainers will not fix this (won't fix): replace the package or accept the risk.";
    }
    return { affects: [...affects.values()], recommendation };
}
/** One `vulnerabilities` entry: an identifier and every finding of it. */
function vulnerabilityEntry(id, findings, report) {
    const first = findings[0];
    const entry = { 'bom-ref': `scs:vulnerability:${id}`, id };
    const source = vulnerabilitySource(id, first.primaryUrl);
    if (source.name || source.url)
        entry.source = source;
    const aliases = [...new Set(findings.flatMap((f) => f.aliases.map(cyclonedx_vuln_renderer_clean)))]
        .filter((a) => a !== '' && a !== id)
        .sort();
    if (aliases.length > 0) {
        entry.references = aliases.map((alias) => {
            const aliasSource = vulnerabilitySource(alias);
            return { id: alias, source: aliasSource.name || aliasSource.url ? aliasSource : { name: report.tool.name } };
        });
    }
    entry.ratings = ratingsOf(findings);
    const description = first.description ?? (first.title !== first.id ? first.title : undefined);
    if (description)
        entry.description = cyclonedx_vuln_renderer_clean(description);
    if (first.title && first.title !== first.id && first.description)
        entry.detail = cyclonedx_vuln_renderer_clean(first.title);
    const { affects, recommendation } = affectsOf(findings);
    if (recommendation)
        entry.recommendation = recommendation;
    const urls = [...new Set(findings.flatMap((f) => [f.primaryUrl, ...f.references]).map((u) => (0,src/* safeUrl */.Pl)(u)))].filter((u) => u !== undefined);
    if (urls.length > 0)
        entry.advisories = urls.slice(0, 50).map((url) => ({ url }));
    entry.affects = affects;
    return entry;
}
/** `metadata`: when, by which tool, about which artifact. */
function metadataOf(report, timestamp) {
    const tool = { type: 'application', name: report.tool.name };
    if (report.tool.version)
        tool.version = report.tool.version;
    const toolUrl = (0,src/* safeUrl */.Pl)(report.tool.informationUri);
    if (toolUrl)
        tool.externalReferences = [{ type: 'website', url: toolUrl }];
    const subject = {
        'bom-ref': 'scs:artifact',
        type: artifactComponentType(report.artifactType),
        name: cyclonedx_vuln_renderer_clean(report.artifactName) || 'unknown',
    };
    // As Syft writes it: an image's version is its digest.
    const digest = report.artifactDigest ? /sha256:[0-9a-f]{64}$/i.exec(report.artifactDigest)?.[0] : undefined;
    if (digest)
        subject.version = digest.toLowerCase();
    return {
        timestamp: typeof timestamp === 'string' ? timestamp : timestamp.toISOString(),
        tools: { components: [tool] },
        component: subject,
    };
}
function renderCycloneDxVulnerabilities(report, options = {}) {
    const all = options.findings ?? report.findings;
    const vulns = all.filter((f) => f.kind === 'vulnerability').sort(compareFindings);
    const { components, byId } = collectComponents(vulns);
    const vulnerabilities = [...byId].map(([id, findings]) => vulnerabilityEntry(id, findings, report));
    const bom = {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: CYCLONEDX_SPEC_VERSION,
        serialNumber: options.serialNumber ?? `urn:uuid:${(0,external_node_crypto_.randomUUID)()}`,
        version: 1,
        metadata: metadataOf(report, options.timestamp ?? new Date()),
        components: [...components.values()],
        vulnerabilities,
    };
    return { bom, json: `${JSON.stringify(bom, null, 2)}\n`, omitted: all.length - vulns.length };
}

;// CONCATENATED MODULE: ./packages/findings/src/cosign-vuln-renderer.ts

/**
 * The predicate of cosign's vulnerability attestation type
 * (`cosign attest --type vuln`, predicate type
 * https://cosign.sigstore.dev/attestation/vuln/v1), which the provenance
 * action signs. Field names and shapes are cosign's (`CosignVulnPredicate` in
 * pkg/cosign/attestation): `invocation` {parameters, uri, event_id,
 * builder.id}, `scanner` {uri, version, db {uri, version}, result} and
 * `metadata` {scanStartedOn, scanFinishedOn} (RFC 3339). cosign's own Go
 * types decode it, so every string field is present (empty when unknown),
 * as in Trivy's `--format cosign-vuln`.
 *
 * - `scanner.result` is the scanner's raw JSON report, unchanged: the
 *   attestation vouches for what the tool said, not for our reading of it.
 * - `scanner.uri` is a package URL of the scanner's source repository
 *   (`pkg:github/aquasecurity/trivy@v0.50.0`), derived from the report's
 *   tool information URI.
 * - `invocation` describes the GitHub Actions run: `uri` the run attempt's
 *   page, `event_id` the run id, `builder.id` the workflow file at its ref
 *   (GITHUB_WORKFLOW_REF) when given.
 */

/** RFC 3339 in UTC, whole seconds. */
function rfc3339(date) {
    if (Number.isNaN(date.getTime()))
        throw new RangeError('scan times must be valid dates');
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** pkg:github/<owner>/<repo>@v<version> from a https://github.com/<owner>/<repo> URI. */
function scannerPurl(informationUri, version) {
    const match = /^https:\/\/github\.com\/([^/]+)\/([^/#?]+)/i.exec(informationUri);
    if (!match?.[1] || !match[2])
        return informationUri;
    const tag = version ? (/^\d/.test(version) ? `v${version}` : version) : undefined;
    return `pkg:github/${match[1].toLowerCase()}/${match[2].toLowerCase()}${tag ? `@${encodeURIComponent(tag)}` : ''}`;
}
function parsedReport(raw) {
    if (typeof raw !== 'string' && !(raw instanceof Uint8Array))
        return raw;
    const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new TypeError(`The scanner report for the cosign vuln predicate is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function renderCosignVulnPredicate(report, options) {
    const context = options.context;
    const runUri = context && context.repository && context.runId
        ? `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}/actions/runs/${context.runId}/attempts/${context.runAttempt || '1'}`
        : '';
    const builderId = options.workflowRef && context
        ? `${context.serverUrl.replace(/\/+$/, '')}/${options.workflowRef}`
        : (options.workflowRef ?? '');
    const predicate = {
        invocation: {
            parameters: options.parameters ?? null,
            uri: runUri,
            event_id: context?.runId ?? '',
            'builder.id': builderId,
        },
        scanner: {
            uri: options.scannerUri ?? scannerPurl(report.tool.informationUri, report.tool.version),
            version: report.tool.version ?? '',
            db: { uri: options.db?.uri ?? '', version: options.db?.version ?? '' },
            result: parsedReport(options.rawReport),
        },
        metadata: {
            scanStartedOn: rfc3339(options.scanStartedOn),
            scanFinishedOn: rfc3339(options.scanFinishedOn),
        },
    };
    return { predicate, json: `${JSON.stringify(predicate, null, 2)}\n` };
}
/** The predicate wrapped in an in-toto v1 Statement about `subjects` (what `cosign attest --type vuln` signs). */
function cosignVulnStatement(predicate, subjects) {
    if (subjects.length === 0)
        throw new RangeError('an in-toto statement needs at least one subject');
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject: subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        predicateType: COSIGN_VULN_V1,
        predicate,
    };
}

;// CONCATENATED MODULE: ./packages/findings/src/index.ts

















/***/ }),

/***/ 2104:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   C_: () => (/* binding */ canonicalDescriptor),
/* harmony export */   Ib: () => (/* binding */ SIGSTORE_BUNDLE_MEDIA_TYPE),
/* harmony export */   Jt: () => (/* binding */ serializeIndex),
/* harmony export */   Ke: () => (/* binding */ parseOciManifest),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   dh: () => (/* binding */ EMPTY_CONFIG_DESCRIPTOR),
/* harmony export */   kJ: () => (/* binding */ INDEX_ACCEPT),
/* harmony export */   pA: () => (/* binding */ EMPTY_CONFIG_BYTES),
/* harmony export */   ri: () => (/* binding */ parseOciIndex),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   vQ: () => (/* binding */ OCI_MEDIA_TYPES)
/* harmony export */ });
/* unused harmony export parseDescriptor */
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4644);
/* harmony import */ var _scs_vocabulary__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(876);
/* harmony import */ var _scs_vocabulary__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9522);
/**
 * OCI manifest and index types, their media types, strict parsers for what a
 * registry sends, and a deterministic serialiser for what we push (fixed key
 * order, annotations sorted by key), so the same content always has the same
 * digest.
 */


const OCI_MEDIA_TYPES = {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    /** The empty descriptor's media type (image-spec 1.1): a 2-byte `{}` blob. */
    empty: 'application/vnd.oci.empty.v1+json',
    imageConfig: 'application/vnd.oci.image.config.v1+json',
};
/** The Sigstore bundle v0.3 media type: a bundle referrer's artifactType and layer media type. */
const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The empty JSON object `{}` every OCI 1.1 artifact without a config points at. */
const EMPTY_CONFIG_BYTES = Buffer.from('{}');
const EMPTY_CONFIG_DESCRIPTOR = Object.freeze({
    mediaType: OCI_MEDIA_TYPES.empty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
});
/** Single manifests first: what a client that wants one artifact asks for (indexes still accepted). */
const MANIFEST_ACCEPT = [
    OCI_MEDIA_TYPES.manifest,
    OCI_MEDIA_TYPES.dockerManifest,
    OCI_MEDIA_TYPES.index,
    OCI_MEDIA_TYPES.dockerManifestList,
].join(', ');
/** Only indexes: what the referrers API and the referrers tag schema serve. */
const INDEX_ACCEPT = OCI_MEDIA_TYPES.index;
const MAX_DESCRIPTOR_COUNT = 10_000;
function sha256Digest(data) {
    return `sha256:${(0,_scs_vocabulary__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(data)}`;
}
function isIndexMediaType(mediaType) {
    return mediaType === OCI_MEDIA_TYPES.index || mediaType === OCI_MEDIA_TYPES.dockerManifestList;
}
function parseAnnotations(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (!(0,_scs_vocabulary__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(value))
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: annotations are not an object`);
    const out = {};
    for (const [key, entry] of Object.entries(value)) {
        if (typeof entry !== 'string')
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: annotation '${key.slice(0, 100)}' is not a string`);
        out[key] = entry;
    }
    return out;
}
function parsePlatform(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (!(0,_scs_vocabulary__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(value) || typeof value.architecture !== 'string' || typeof value.os !== 'string') {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: platform needs string architecture and os`);
    }
    return {
        architecture: value.architecture,
        os: value.os,
        ...(typeof value.variant === 'string' ? { variant: value.variant } : {}),
        ...(typeof value['os.version'] === 'string' ? { 'os.version': value['os.version'] } : {}),
    };
}
/** Validates one descriptor (mediaType, digest, size; optional artifactType, annotations, platform). */
function parseDescriptor(value, where) {
    if (!(0,_scs_vocabulary__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(value) ||
        typeof value.mediaType !== 'string' ||
        typeof value.digest !== 'string' ||
        typeof value.size !== 'number' ||
        !Number.isSafeInteger(value.size) ||
        value.size < 0) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where} is not a valid descriptor (mediaType, digest, size)`);
    }
    if (!/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(value.digest)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: '${value.digest.slice(0, 100)}' is not a digest`);
    }
    const annotations = parseAnnotations(value.annotations, where);
    const platform = parsePlatform(value.platform, where);
    return {
        mediaType: value.mediaType,
        digest: value.digest,
        size: value.size,
        ...(typeof value.artifactType === 'string' ? { artifactType: value.artifactType } : {}),
        ...(annotations ? { annotations } : {}),
        ...(platform ? { platform } : {}),
    };
}
function parseJsonObject(bytes, where) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: the manifest is not JSON`, { cause: error });
    }
    if (!(0,_scs_vocabulary__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(parsed))
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: the manifest is not a JSON object`);
    return parsed;
}
function declaredMediaType(parsed, contentType) {
    const declared = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    return { ...(declared ? { declared } : {}), mediaType: declared ?? (contentType ?? '').split(';')[0].trim() };
}
/**
 * A manifest or an index: the JSON object, its media type (an index where a
 * manifest is expected, or the reverse, is refused), schemaVersion 2, the
 * bounded descriptor list (layers or manifests), then the fields `body`
 * parses from them, between the shared leading and trailing fields.
 */
function parseDocument(bytes, contentType, where, kind, body) {
    const parsed = parseJsonObject(bytes, where);
    const { declared, mediaType } = declaredMediaType(parsed, contentType);
    if (kind === 'manifest' && (isIndexMediaType(mediaType) || Array.isArray(parsed.manifests))) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: is an image index, expected a single artifact manifest`);
    }
    if (kind === 'index' && (!Array.isArray(parsed.manifests) || (mediaType !== '' && !isIndexMediaType(mediaType)))) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: is not an image index (media type '${mediaType.slice(0, 100) || 'none'}')`);
    }
    const list = descriptorList(parsed, kind === 'manifest' ? 'layers' : 'manifests', kind, where);
    const annotations = parseAnnotations(parsed.annotations, `${where}: annotations`);
    const document = {
        schemaVersion: 2,
        ...(declared ? { mediaType: declared } : {}),
        ...(typeof parsed.artifactType === 'string' ? { artifactType: parsed.artifactType } : {}),
        ...body(parsed, list),
        ...(parsed.subject !== undefined ? { subject: parseDescriptor(parsed.subject, `${where}: subject`) } : {}),
        ...(annotations ? { annotations } : {}),
    };
    return { mediaType: mediaType || OCI_MEDIA_TYPES[kind], document };
}
/** The schemaVersion check and the bounded descriptor list of a manifest (layers) or an index (manifests). */
function descriptorList(parsed, field, kind, where) {
    if (parsed.schemaVersion !== 2)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: unsupported ${kind} schemaVersion ${String(parsed.schemaVersion)}`);
    const list = parsed[field];
    if (!Array.isArray(list))
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: the ${kind} has no ${field}`);
    if (list.length > MAX_DESCRIPTOR_COUNT)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: more than ${MAX_DESCRIPTOR_COUNT} ${field}`);
    return list;
}
/** Parses a single-image manifest; an index is refused. */
function parseOciManifest(bytes, contentType, where) {
    const { mediaType, document } = parseDocument(bytes, contentType, where, 'manifest', (parsed, layers) => ({
        config: parseDescriptor(parsed.config, `${where}: config`),
        layers: layers.map((layer, i) => parseDescriptor(layer, `${where}: layers[${i}]`)),
    }));
    return { mediaType, manifest: document };
}
/** Parses an image index (OCI or Docker manifest list); a single manifest is refused. */
function parseOciIndex(bytes, contentType, where) {
    const { mediaType, document } = parseDocument(bytes, contentType, where, 'index', (_parsed, manifests) => ({
        manifests: manifests.map((entry, i) => parseDescriptor(entry, `${where}: manifests[${i}]`)),
    }));
    return { mediaType, index: document };
}
function sortedAnnotations(annotations) {
    const out = {};
    for (const key of Object.keys(annotations).sort())
        out[key] = annotations[key];
    return out;
}
/** A descriptor with its keys in the spec's order (mediaType, artifactType, digest, size, annotations, platform). */
function canonicalDescriptor(descriptor) {
    return {
        mediaType: descriptor.mediaType,
        ...(descriptor.artifactType !== undefined ? { artifactType: descriptor.artifactType } : {}),
        digest: descriptor.digest,
        size: descriptor.size,
        ...(descriptor.annotations && Object.keys(descriptor.annotations).length > 0
            ? { annotations: sortedAnnotations(descriptor.annotations) }
            : {}),
        ...(descriptor.platform ? { platform: { ...descriptor.platform } } : {}),
    };
}
/** The bytes we push for a manifest: compact JSON, keys in a fixed order, annotations sorted. */
function serializeManifest(manifest) {
    return Buffer.from(JSON.stringify({
        schemaVersion: manifest.schemaVersion,
        mediaType: manifest.mediaType ?? OCI_MEDIA_TYPES.manifest,
        ...(manifest.artifactType !== undefined ? { artifactType: manifest.artifactType } : {}),
        config: canonicalDescriptor(manifest.config),
        layers: manifest.layers.map(canonicalDescriptor),
        ...(manifest.subject ? { subject: canonicalDescriptor(manifest.subject) } : {}),
        ...(manifest.annotations && Object.keys(manifest.annotations).length > 0
            ? { annotations: sortedAnnotations(manifest.annotations) }
            : {}),
    }));
}
/** The bytes we push for an index (same rules as serializeManifest; entry order is kept). */
function serializeIndex(index) {
    return Buffer.from(JSON.stringify({
        schemaVersion: index.schemaVersion,
        mediaType: index.mediaType ?? OCI_MEDIA_TYPES.index,
        ...(index.artifactType !== undefined ? { artifactType: index.artifactType } : {}),
        manifests: index.manifests.map(canonicalDescriptor),
        ...(index.subject ? { subject: canonicalDescriptor(index.subject) } : {}),
        ...(index.annotations && Object.keys(index.annotations).length > 0
            ? { annotations: sortedAnnotations(index.annotations) }
            : {}),
    }));
}


/***/ }),

/***/ 5534:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ platformName),
/* harmony export */   QF: () => (/* binding */ platformImages),
/* harmony export */   fB: () => (/* binding */ parsePlatformInput)
/* harmony export */ });
/* unused harmony exports MAX_PLATFORM_MANIFESTS, parsePlatformSelector, platformMatches, selectPlatformManifests, MAX_PLATFORMS, platformSlug, platformTargets */
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4644);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2104);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6768);



/**
 * At most this many platform manifests of one image index are attested or
 * verified in one step (an index from the registry is untrusted: each one
 * costs signing or registry round trips). Real indexes list a handful.
 */
const MAX_PLATFORM_MANIFESTS = 64;
const PART = '[a-z0-9][a-z0-9._-]{0,31}';
const SELECTOR = new RegExp(`^(${PART})/(${PART})(?:/(${PART}))?$`);
/**
 * Parses a `platform` input: `all`, or `os/arch[/variant]` (lower case, as
 * in an image index: linux/amd64, linux/arm64/v8, windows/amd64). `input`
 * names the input in the error.
 */
function parsePlatformSelector(input, value) {
    const text = value.trim().toLowerCase();
    if (text === 'all')
        return { all: true };
    const match = SELECTOR.exec(text);
    if (!match) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input \`${input}\` is \`all\` or os/arch[/variant] as an image index names it (e.g. linux/amd64, linux/arm64/v8); got '${value.slice(0, 80)}'.`);
    }
    return {
        all: false,
        os: match[1],
        architecture: match[2],
        ...(match[3] ? { variant: match[3] } : {}),
        text,
    };
}
/** os/arch[/variant] of a platform, as `docker --platform` writes it. */
function platformName(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/** Whether `platform` is what `selector` asks for (a selector without a variant matches any variant). */
function platformMatches(selector, platform) {
    if (selector.all)
        return true;
    return (platform.os === selector.os &&
        platform.architecture === selector.architecture &&
        (selector.variant === undefined || platform.variant === selector.variant));
}
/**
 * The platform manifests of a resolved image index that `selector` selects
 * (each digest once, in index order); [] for a single manifest. Refused: an
 * index that lists another index as a platform entry (one level only), an
 * index with more than MAX_PLATFORM_MANIFESTS platform manifests, an index
 * without any, and a selector that matches none. `label` names the image.
 */
function selectPlatformManifests(image, selector, label) {
    if (!image.isIndex)
        return [];
    const nested = image.platforms.find((entry) => (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(entry.mediaType));
    if (nested) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${label}: the index lists another index (${nested.digest}) for ${platformName(nested.platform)}; nested indexes are not followed (one level only).`);
    }
    if (image.platforms.length === 0) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${label} is an image index that lists no platform manifest.`);
    }
    if (image.platforms.length > MAX_PLATFORM_MANIFESTS) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${label}: the index lists ${image.platforms.length} platform manifests; at most ${MAX_PLATFORM_MANIFESTS} are handled in one step.`);
    }
    const seen = new Set();
    const chosen = image.platforms.filter((entry) => {
        if (!platformMatches(selector, entry.platform) || seen.has(entry.digest))
            return false;
        seen.add(entry.digest);
        return true;
    });
    if (chosen.length === 0 && !selector.all) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input \`platform\` is ${selector.text}, but ${label} has no such platform manifest; it has ${[...new Set(image.platforms.map((p) => platformName(p.platform)))].join(', ')}.`);
    }
    return chosen;
}
function parsePlatformInput(input, value) {
    if (value.trim() === '')
        return { kind: 'none' };
    const selector = parsePlatformSelector(input, value);
    if (selector.all)
        return { kind: 'all' };
    const { os, architecture, variant } = selector;
    return { kind: 'one', platform: { os, architecture, ...(variant ? { variant } : {}) } };
}
/** Most platform manifests scanned or described by `platform: all` (each is a full tool run). */
const MAX_PLATFORMS = 16;
/** A name safe in file names and SARIF categories: `linux-arm64-v8`. */
function platformSlug(platform) {
    return platformName(platform)
        .replace(/[^a-z0-9._-]+/gi, '-')
        .toLowerCase();
}
/**
 * The images `platform: all` covers: every platform manifest of an index (in
 * index order, at most `max`), or the image itself when it is not an index.
 * Refused (selectPlatformManifests): an empty index, a nested index, more
 * than MAX_PLATFORM_MANIFESTS; here also more than `max`, and one platform
 * listed twice (two reports under one name).
 */
function platformTargets(image, max = MAX_PLATFORMS) {
    if (!image.isIndex)
        return [{ digest: image.digest }];
    const manifests = selectPlatformManifests(image, { all: true }, `The image index ${image.digest}`);
    if (manifests.length > max) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`The image index ${image.digest} lists ${manifests.length} platform manifests; at most ${max} are handled by platform: all. Name one platform instead.`);
    }
    const seen = new Set();
    return manifests.map((entry) => {
        const platform = platformName(entry.platform);
        if (seen.has(platform)) {
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`The image index ${image.digest} lists platform ${platform} twice.`);
        }
        seen.add(platform);
        return { digest: entry.digest, platform, slug: platformSlug(entry.platform) };
    });
}
/**
 * `platform: all` for `image` as resolved: each platform manifest (or the
 * single image) by digest, and one line for the log saying what was found.
 */
function platformImages(image, resolved, max = MAX_PLATFORMS) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryReference */ .qq)(image, { label: 'image' });
    const images = platformTargets(resolved, max).map((target) => ({
        ...target,
        image: (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceWithDigest */ .gY)(ref, target.digest).name,
    }));
    const message = resolved.isIndex
        ? `${image} is an image index (${resolved.digest}) of ${images.length} platform(s): ${images.map((i) => i.platform).join(', ')}; each is read by its digest.`
        : `${image} is a single-platform image (${resolved.digest}); platform: all takes that image.`;
    return { images, message };
}


/***/ }),

/***/ 6768:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   Sl: () => (/* binding */ SHA256_DIGEST_PATTERN),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   gY: () => (/* binding */ referenceWithDigest),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl),
/* harmony export */   qq: () => (/* binding */ parseRegistryReference),
/* harmony export */   zo: () => (/* binding */ legacyCosignTag)
/* harmony export */ });
/* unused harmony exports referenceWithTag, repositoryName */
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4644);
/* harmony import */ var _scs_vocabulary__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(876);
/**
 * Image references: `registry/repository[:tag][@sha256:…]` parsed into what
 * the distribution API needs (API host, repository, tag or digest), with
 * docker's conventions: no registry host means Docker Hub (`library/` for
 * single names, served from registry-1.docker.io), and loopback registries
 * (127.0.0.0/8, localhost, [::1]) are spoken to over plain HTTP, every other
 * host over HTTPS.
 *
 * The syntax check itself is action-kit's `validateImageReference` (shared
 * with every action that takes an image); this module only splits a valid
 * reference. A bracketed IPv6 loopback host, which that pattern does not
 * know, is validated with `localhost` in its place.
 */


const SHA256_DIGEST_PATTERN = _scs_vocabulary__WEBPACK_IMPORTED_MODULE_1__/* .SHA256_DIGEST */ .fu;
const IPV6_LOOPBACK_HOST = /^\[::1\](:\d{1,5})?\//;
/**
 * Parses `host/repository[:tag][@sha256:…]`. A reference without a registry
 * host means Docker Hub (single names get `library/`), as docker does.
 * Throws a ConfigurationError naming `label` for anything else.
 */
function parseRegistryReference(value, options = {}) {
    const label = options.label ?? 'image';
    const trimmed = value.trim();
    if (trimmed === '')
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`\`${label}\` has an empty entry.`);
    let rest = trimmed;
    let ipv6Host;
    const ipv6 = IPV6_LOOPBACK_HOST.exec(trimmed);
    if (ipv6) {
        ipv6Host = trimmed.slice(0, ipv6[0].length - 1);
        (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .validateImageReference */ .XX)(label, `localhost${ipv6[1] ?? ''}/${trimmed.slice(ipv6[0].length)}`);
        rest = `localhost/${trimmed.slice(ipv6[0].length)}`;
    }
    else {
        (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .validateImageReference */ .XX)(label, trimmed);
    }
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    let registry = ipv6Host ?? (hasHost ? first.toLowerCase() : 'docker.io');
    let repository = hasHost ? rest.slice(slash + 1) : rest;
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = 'docker.io';
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    if (!tag && !digest)
        tag = options.defaultTag ?? 'latest';
    const apiHost = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    const written = ipv6Host ?? (hasHost ? first.toLowerCase() : registry);
    const name = `${written}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
    return {
        registry,
        apiHost,
        repository,
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {}),
        reference: digest ?? tag,
        name,
    };
}
/** The same repository, addressed by `digest` (the tag is kept in `name` for messages only when asked). */
function referenceWithDigest(ref, digest) {
    if (!SHA256_DIGEST_PATTERN.test(digest)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`'${digest.slice(0, 80)}' is not a sha256 digest (sha256: followed by 64 lower-case hex characters).`);
    }
    return {
        registry: ref.registry,
        apiHost: ref.apiHost,
        repository: ref.repository,
        digest,
        reference: digest,
        name: `${repositoryName(ref)}@${digest}`,
    };
}
/** The same repository, addressed by `tag`. */
function referenceWithTag(ref, tag) {
    if (!/^[\w][\w.-]{0,127}$/.test(tag))
        throw new ConfigurationError(`'${tag.slice(0, 80)}' is not a valid tag.`);
    return {
        registry: ref.registry,
        apiHost: ref.apiHost,
        repository: ref.repository,
        tag,
        reference: tag,
        name: `${repositoryName(ref)}:${tag}`,
    };
}
/** `registry/repository` without tag or digest (what a signature's subject names). */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** True for hosts served over plain HTTP: loopback only (127.0.0.0/8, localhost, [::1]). */
function isLoopbackHost(hostWithPort) {
    const host = hostWithPort.startsWith('[')
        ? hostWithPort.slice(0, hostWithPort.indexOf(']') + 1)
        : hostWithPort.replace(/:\d+$/, '');
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/** `http://` for loopback registries, `https://` otherwise. */
function registryBaseUrl(apiHost) {
    return `${isLoopbackHost(apiHost) ? 'http' : 'https'}://${apiHost}`;
}
/**
 * The tag of the OCI referrers tag schema for a subject digest:
 * `sha256:<hex>` → `sha256-<hex>` (distribution spec 1.1, "Referrers Tag Schema").
 */
function referrersTag(subjectDigest) {
    if (!SHA256_DIGEST_PATTERN.test(subjectDigest)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`'${subjectDigest.slice(0, 80)}' is not a sha256 digest.`);
    }
    return subjectDigest.replace(':', '-');
}
/** cosign's legacy tags next to a subject: `sha256-<hex>.sig`, `.att`, `.sbom`. */
function legacyCosignTag(subjectDigest, kind) {
    return `${referrersTag(subjectDigest)}.${kind}`;
}


/***/ }),

/***/ 876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   fu: () => (/* binding */ SHA256_DIGEST)
/* harmony export */ });
/* unused harmony export isSha256Digest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/** Digests as every part of the suite writes and compares them. */


/** `sha256:<64 lower-case hex>`: the only digest form a subject, image or blob may carry. */
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
/** 64 lower-case hex characters (a bare sha256, as in checksum files and pins). */
const SHA256_HEX = /^[a-f0-9]{64}$/;
/** Whether a value is a `sha256:<64 lower-case hex>` digest. */
function isSha256Digest(value) {
    return typeof value === 'string' && SHA256_DIGEST.test(value);
}
/** The lower-case hex sha256 of bytes or a string (UTF-8). */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** The lower-case hex sha256 of a file, streamed (never read whole). */
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ }),

/***/ 9522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isObject)
/* harmony export */ });
/** Guards for parsed JSON, which is untrusted until its shape is checked. */
/** A JSON object (not null, not an array). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fM: () => (/* binding */ addPath),
  Yz: () => (/* binding */ core_debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, markdownSummary, platform, saveState, setCommandEcho, startGroup, summary, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(2543);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth = __nccwpck_require__(2145);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = (/* unused pure expression or super */ null && (_summary));
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var lib_exec = __nccwpck_require__(5781);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        file_command_issueFileCommand('PATH', inputPath);
    }
    else {
        command_issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 5781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec)
});

// UNUSED EXPORTS: getExecOutput

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util = __nccwpck_require__(90);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 2145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   tZ: () => (/* binding */ BearerCredentialHandler)
/* harmony export */ });
/* unused harmony exports BasicCredentialHandler, PersonalAccessTokenCredentialHandler */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map

/***/ }),

/***/ 2543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  Kg: () => (/* binding */ HttpClientError),
  Hv: () => (/* binding */ HttpCodes)
});

// UNUSED EXPORTS: Headers, HttpClientResponse, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: external "./undici-unbundled.js"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_undici_unbundled_js_namespaceObject = x({ ["ProxyAgent"]: () => (__WEBPACK_EXTERNAL_MODULE__undici_unbundled_js_bbb32741__.ProxyAgent) });
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new external_undici_unbundled_js_namespaceObject.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ lstat),
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   Cy: () => (/* binding */ readdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   YN: () => (/* binding */ symlink),
/* harmony export */   dJ: () => (/* binding */ stat),
/* harmony export */   h_: () => (/* binding */ readlink),
/* harmony export */   k6: () => (/* binding */ chmod),
/* harmony export */   m3: () => (/* binding */ copyFile),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath),
/* harmony export */   y1: () => (/* binding */ unlink)
/* harmony export */ });
/* unused harmony exports open, rename, rmdir, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs__WEBPACK_IMPORTED_MODULE_0__.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 8701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF),
/* harmony export */   cp: () => (/* binding */ cp)
/* harmony export */ });
/* unused harmony exports mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(dest)) ? yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path__WEBPACK_IMPORTED_MODULE_1__.join(dest, path__WEBPACK_IMPORTED_MODULE_1__.basename(source))
            : dest;
        if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path__WEBPACK_IMPORTED_MODULE_1__.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readdir */ .Cy(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destDir, (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(destFile);
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destFile, '0666');
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readlink */ .h_(srcFile);
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .symlink */ .YN(symlinkFull, destFile, _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 ? 'junction' : null);
        }
        else if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(destFile)) || force) {
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .copyFile */ .m3(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3131);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
